import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';

export class OidcSessionDto {
  @ApiProperty({
    example: 'f3Jx0nQ1w2E3r4T5y6U7i8O9p0A1s2D3f4G5h6J7k8L',
    description: 'The one-time handoff from the fragment of /login#oidc=<handoff>',
  })
  @IsString()
  @Length(16, 128)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'handoff must be base64url' })
  handoff!: string;
}

export class OidcLinkDto {
  @ApiProperty({ example: '248289761001', description: "The provider's subject identifier (sub claim) of the person" })
  @IsString()
  @Length(1, 255)
  @Matches(/^[\x21-\x7e]+$/, { message: 'subject must be printable ASCII without spaces' })
  subject!: string;
}

export class OidcConfigResponse {
  @ApiProperty() enabled!: boolean;
  @ApiProperty({ nullable: true, type: String, example: '统一身份认证' }) displayName!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '/api/auth/oidc/start' }) startUrl!: string | null;
}

export class OidcLinkResponse {
  @ApiProperty({ example: 'https://id.wuhua.gov.cn' }) issuer!: string;
  @ApiProperty({ example: '248289761001' }) subject!: string;
  @ApiProperty() userId!: string;
  @ApiProperty({ example: 'office.li' }) username!: string;
  @ApiProperty({ example: 'admin' }) createdBy!: string;
  @ApiProperty({ example: '2026-12-02T08:00:00.000Z' }) createdAt!: string;
}
