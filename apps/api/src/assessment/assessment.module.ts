import { Module } from '@nestjs/common';

import { AssessmentEvidenceService } from './assessment-evidence.service';
import { AssessmentController } from './assessment.controller';
import { AssessmentService } from './assessment.service';

@Module({ controllers: [AssessmentController], providers: [AssessmentService, AssessmentEvidenceService] })
export class AssessmentModule {}
