import { USER_ROLES } from '@app/contracts';
import type { UserRole } from '@app/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';

import { FitsBcrypt } from '../../auth/password-bytes.validator';

export class CreateUserDto {
  @ApiProperty({ example: 'justice.wang', description: 'Login name; cannot be changed later' })
  @Matches(/^[a-z0-9][a-z0-9._-]{2,63}$/, { message: 'username: 3-64 lower-case letters, digits, ".", "_" or "-"' })
  username!: string;

  @ApiProperty({ example: '王晓明' })
  @IsString()
  @Length(1, 100)
  displayName!: string;

  @ApiProperty({ enum: USER_ROLES, isArray: true, example: ['unit_liaison'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(6)
  @ArrayUnique()
  @IsIn(USER_ROLES, { each: true })
  roles!: UserRole[];

  @ApiPropertyOptional({ example: 'justice', description: 'Required for unit roles, refused otherwise' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  unitCode?: string;

  @ApiProperty({ example: 'Initial-Passw0rd!', description: '≥12 characters, three of: lower, upper, digit, symbol' })
  @IsString()
  @Length(12, 200)
  @FitsBcrypt()
  password!: string;
}

export class UpdateUserDto {
  @ApiPropertyOptional({ example: '王晓明' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  displayName?: string;

  @ApiPropertyOptional({ enum: USER_ROLES, isArray: true, example: ['unit_leader'] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(USER_ROLES, { each: true })
  roles?: UserRole[];

  @ApiPropertyOptional({ example: 'justice' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  unitCode?: string;

  @ApiPropertyOptional({ example: false, description: 'A disabled account cannot log in; its sessions end' })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;
}

export class ResetPasswordDto {
  @ApiProperty({ example: 'New-Passw0rd-2026' })
  @IsString()
  @Length(12, 200)
  @FitsBcrypt()
  password!: string;
}
