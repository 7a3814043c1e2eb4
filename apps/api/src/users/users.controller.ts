import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';

import { CurrentUser, Policy } from '../auth/auth.decorators';
import { UserViewResponse } from '../auth/dto/auth.dto';
import type { RequestUser } from '../auth/request-user';
import { CreateUserDto, ResetPasswordDto, UpdateUserDto } from './dto/user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Policy('users.manage')
@Controller('users')
export class UsersController {
  constructor(private readonly service: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'All accounts; admin only' })
  @ApiOkResponse({ type: [UserViewResponse] })
  list() {
    return this.service.list();
  }

  @Post()
  @ApiOperation({ summary: 'Create an account with its roles (and unit, for unit roles); admin only' })
  @ApiCreatedResponse({ type: UserViewResponse })
  create(@Body() dto: CreateUserDto, @CurrentUser() by: RequestUser) {
    return this.service.create(dto, by);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change name, roles, unit, or disable an account; admin only' })
  @ApiOkResponse({ type: UserViewResponse })
  update(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: UpdateUserDto, @CurrentUser() by: RequestUser) {
    return this.service.update(id, dto, by);
  }

  @Post(':id/password')
  @HttpCode(204)
  @ApiOperation({ summary: "Set a new password (ends the user's sessions, lifts a lock-out); admin only" })
  @ApiNoContentResponse()
  resetPassword(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: ResetPasswordDto,
    @CurrentUser() by: RequestUser,
  ) {
    return this.service.resetPassword(id, dto.password, by);
  }
}
