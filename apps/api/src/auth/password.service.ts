import { Injectable } from '@nestjs/common';
import * as bcrypt from 'bcryptjs';

import { BCRYPT_MAX_BYTES, passwordTooLong } from './password-bytes.validator';

const COST = 12;
// Compared against when the username is unknown, so a wrong username costs as long as a wrong password.
const DUMMY_HASH = bcrypt.hashSync('not-a-real-password', COST);

@Injectable()
export class PasswordService {
  hash(password: string): Promise<string> {
    return bcrypt.hash(password, COST);
  }

  verify(password: string, hash: string | undefined): Promise<boolean> {
    return bcrypt.compare(password, hash ?? DUMMY_HASH);
  }
}

// Length and variety rules for new passwords; returns what is wrong, or nothing.
export function passwordProblem(password: string): string | undefined {
  if (password.length < 12) {
    return 'The password must be at least 12 characters long.';
  }
  if (passwordTooLong(password)) {
    return `The password must be at most ${BCRYPT_MAX_BYTES} bytes (UTF-8).`;
  }
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  return classes < 3 ? 'The password must mix at least three of: lower case, upper case, digits, symbols.' : undefined;
}
