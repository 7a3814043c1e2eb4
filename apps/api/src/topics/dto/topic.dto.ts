import { TOPIC_ACTIONS, TOPIC_STATUSES } from '@app/contracts';
import type { TopicAction, TopicStatus } from '@app/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';

import { PageQueryDto, PageResponseOf } from '../../common/paging';
import { RecordedEventResponse } from '../../common/recorded-event';
import { MEETING_KINDS } from '../../meetings/dto/meeting.dto';
import type { MeetingKind } from '../../meetings/dto/meeting.dto';

export class ProposeTopicDto {
  @ApiProperty({ example: '关于建立知识产权纠纷多元化解机制的议题' })
  @IsString()
  @Length(1, 200)
  title!: string;

  @ApiProperty({ example: '近年来我区知识产权纠纷数量逐年上升，诉前调解渠道不足。' })
  @IsString()
  @Length(1, 20000)
  background!: string;

  @ApiProperty({ example: '建议由区司法局牵头，会同区市场监管局建立知识产权纠纷人民调解委员会。' })
  @IsString()
  @Length(1, 20000)
  proposal!: string;

  @ApiPropertyOptional({ enum: MEETING_KINDS, example: 'liaison', description: 'The meeting the unit would like' })
  @IsOptional()
  @IsIn(MEETING_KINDS)
  desiredMeetingKind?: MeetingKind;
}

export class AcceptTopicDto {
  @ApiProperty({ example: '6f1c2a9e-0d7b-4c1e-9a51-2b8f3c4d5e6f', description: 'The planned meeting' })
  @IsUUID()
  meetingId!: string;

  @ApiPropertyOptional({ example: 1, description: 'Place on the agenda; defaults to the end' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  order?: number;

  @ApiPropertyOptional({ example: '列入联络员会议第2项议程' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  note?: string;
}

export class DeferTopicDto {
  @ApiProperty({ example: '待相关调研完成后提交下次会议' })
  @IsString()
  @Length(1, 2000)
  note!: string;
}

export class DeclineTopicDto {
  @ApiProperty({ example: '该事项已由区政府常务会议研究，不再提交联席会议' })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}

export class ListTopicsQuery extends PageQueryDto {
  @ApiPropertyOptional({ enum: TOPIC_STATUSES })
  @IsOptional()
  @IsIn(TOPIC_STATUSES)
  status?: TopicStatus;

  @ApiPropertyOptional({ example: 'justice', description: 'Proposing unit (the office and leadership only)' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  unit?: string;

  @ApiPropertyOptional({ example: '6f1c2a9e-0d7b-4c1e-9a51-2b8f3c4d5e6f' })
  @IsOptional()
  @IsUUID()
  meetingId?: string;
}

export class TopicEventResponse extends RecordedEventResponse {
  @ApiProperty({ example: 'topic.accepted' }) type!: string;
}

export class TopicResponse {
  @ApiProperty() id!: string;
  @ApiProperty() unitCode!: string;
  @ApiProperty() title!: string;
  @ApiProperty() background!: string;
  @ApiProperty() proposal!: string;
  @ApiProperty({ nullable: true, enum: MEETING_KINDS }) desiredMeetingKind!: string | null;
  @ApiProperty({ enum: TOPIC_STATUSES }) status!: TopicStatus;
  @ApiProperty({ nullable: true, type: String }) meetingId!: string | null;
  @ApiProperty({ nullable: true, type: Number }) agendaOrder!: number | null;
  @ApiProperty({ nullable: true, type: String }) decisionNote!: string | null;
  @ApiProperty() proposedBy!: string;
  @ApiProperty() proposedAt!: string;
  @ApiProperty({ nullable: true, type: String }) decidedBy!: string | null;
  @ApiProperty({ nullable: true, type: String }) decidedAt!: string | null;
  @ApiPropertyOptional({ type: [TopicEventResponse], description: 'Every state change (on GET :id)' })
  events?: TopicEventResponse[];
  @ApiProperty({ enum: TOPIC_ACTIONS, isArray: true, description: 'What the person asking may decide now' })
  allowedActions!: TopicAction[];
}

export class TopicPageResponse extends PageResponseOf(TopicResponse) {}
