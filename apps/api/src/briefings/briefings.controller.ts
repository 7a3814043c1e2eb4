import type { Actor } from '@app/contracts';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  StreamableFile,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';

import { CurrentActor, Policy } from '../auth/auth.decorators';
import { Authenticated } from '../common/api-docs.decorators';
import { BriefingsService } from './briefings.service';
import {
  BriefingListQuery,
  BriefingPageResponse,
  BriefingResponse,
  CompileBriefingDto,
  ExportQuery,
  UpdateBriefingDto,
} from './dto/briefing.dto';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

@ApiTags('briefings')
@Authenticated()
@Controller('briefings')
export class BriefingsController {
  constructor(private readonly service: BriefingsService) {}

  @Get()
  @Policy('briefings.read')
  @ApiOperation({ summary: 'Work briefings (工作简报), newest issue first' })
  @ApiOkResponse({ type: BriefingPageResponse })
  list(@Query() q: BriefingListQuery, @CurrentActor() actor: Actor) {
    return this.service.list(q, actor);
  }

  @Post()
  @Policy('briefings.write')
  @ApiOperation({ summary: 'Compile the next numbered issue (第N期) as a draft from items, figures and 通报; office' })
  @ApiCreatedResponse({ type: BriefingResponse })
  compile(@Body() dto: CompileBriefingDto, @CurrentActor() actor: Actor) {
    return this.service.compile(dto, actor);
  }

  @Get(':id')
  @Policy('briefings.read')
  @ApiOperation({ summary: 'One briefing issue (a draft: the office only; 404 to others)' })
  @ApiOkResponse({ type: BriefingResponse })
  get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentActor() actor: Actor) {
    return this.service.get(id, actor);
  }

  @Patch(':id')
  @Policy('briefings.write')
  @ApiOperation({ summary: 'Edit a draft issue (title, foreword, items); office' })
  @ApiOkResponse({ type: BriefingResponse })
  update(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: UpdateBriefingDto) {
    return this.service.update(id, dto);
  }

  @Post(':id/publish')
  @Policy('briefings.write')
  @HttpCode(200)
  @ApiOperation({ summary: "Publish a draft issue to every member unit's inbox; office" })
  @ApiOkResponse({ type: BriefingResponse })
  publish(@Param('id', new ParseUUIDPipe()) id: string, @CurrentActor() actor: Actor) {
    return this.service.publish(id, actor);
  }

  @Get(':id/export')
  @Policy('briefings.read')
  @ApiOperation({ summary: 'The printable issue: a Word document (docx, default) or a print-ready HTML page' })
  @ApiProduces(DOCX, 'text/html')
  @ApiOkResponse({ description: 'The document' })
  async export(@Param('id', new ParseUUIDPipe()) id: string, @Query() q: ExportQuery, @CurrentActor() actor: Actor) {
    const doc = await this.service.document(id, actor, q.format);
    const disposition = q.format === 'html' ? 'inline' : 'attachment';
    return new StreamableFile(doc.body, {
      type: doc.type,
      disposition: `${disposition}; filename*=UTF-8''${encodeURIComponent(doc.name)}`,
    });
  }
}
