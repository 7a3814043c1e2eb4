import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class SuggestLeadUnitQuery {
  @ApiProperty({ example: '开展打击侵犯知识产权犯罪专项行动', description: "The matter's title and description" })
  @IsString()
  @Length(1, 4000)
  text!: string;
}
