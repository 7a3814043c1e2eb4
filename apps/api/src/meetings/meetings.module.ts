import { Module } from '@nestjs/common';

import { MattersModule } from '../matters/matters.module';
import { MeetingsController } from './meetings.controller';
import { MeetingsService } from './meetings.service';

@Module({ imports: [MattersModule], controllers: [MeetingsController], providers: [MeetingsService] })
export class MeetingsModule {}
