import { buildMessage, ValidateBy } from 'class-validator';

// bcrypt reads at most 72 bytes of a password and silently ignores the rest: a longer one would be accepted by any
// password sharing its first 72 bytes. Refused instead (a CJK character is three bytes: 24 of them fill it).
export const BCRYPT_MAX_BYTES = 72;

export const passwordTooLong = (password: string): boolean => Buffer.byteLength(password, 'utf8') > BCRYPT_MAX_BYTES;

export const FitsBcrypt = (): PropertyDecorator =>
  ValidateBy({
    name: 'fitsBcrypt',
    validator: {
      validate: (value: unknown) => typeof value !== 'string' || !passwordTooLong(value),
      defaultMessage: buildMessage(
        (each) =>
          `${each}$property must be at most ${BCRYPT_MAX_BYTES} bytes in UTF-8 (longer ones are not checked whole)`,
      ),
    },
  });
