import { USER_ROLES } from '@app/contracts';
import type { UserRole } from '@app/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

import { FitsBcrypt } from '../password-bytes.validator';

export class LoginDto {
  @ApiProperty({ example: 'office.li' })
  @IsString()
  @Length(1, 64)
  username!: string;

  @ApiProperty({ example: 'Demo-Password-2026', description: 'At most 72 bytes (UTF-8)' })
  @IsString()
  @Length(1, 200)
  @FitsBcrypt()
  password!: string;
}

export class RefreshDto {
  @ApiProperty({ example: 'q1Zx…', description: 'The refresh token from login or the previous refresh' })
  @IsString()
  @Length(16, 200)
  refreshToken!: string;
}

export class UserViewResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'office.li' }) username!: string;
  @ApiProperty({ example: '李主任' }) displayName!: string;
  @ApiProperty({ enum: USER_ROLES, isArray: true }) roles!: UserRole[];
  @ApiProperty({ nullable: true, type: String, example: null }) unitCode!: string | null;
  @ApiProperty() isDemo!: boolean;
  @ApiProperty() disabled!: boolean;
}

export class TokenPairResponse {
  @ApiProperty({ description: 'Send as "Authorization: Bearer <accessToken>"' }) accessToken!: string;
  @ApiProperty({ example: 900 }) expiresIn!: number;
  @ApiProperty({ description: 'Use once with POST /api/auth/refresh' }) refreshToken!: string;
  @ApiProperty({ example: 604800 }) refreshExpiresIn!: number;
  @ApiProperty({ type: UserViewResponse }) user!: UserViewResponse;
}
