import type { EnvironmentVariables } from '@app/config';
import { createTransport } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';

// Where notices go beyond the in-app inbox. E-mail by default; a district plugs in its SMS gateway or its
// government IM by implementing this one method (`to` is whatever address that channel understands).
export interface OutboundChannel {
  send(to: string, subject: string, text: string): Promise<void>;
  close?(): void;
}

// No outbound delivery configured: the inbox is the only channel.
export class NoopChannel implements OutboundChannel {
  send(): Promise<void> {
    return Promise.resolve();
  }
}

interface MailTransport {
  sendMail(mail: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
  close(): void;
}

// Short timeouts: a hanging mail server must not hold an activity for nodemailer's default minutes.
export function smtpOptions(smtpUrl: string): SMTPTransport.Options {
  const url = new URL(smtpUrl);
  const secure = url.protocol === 'smtps:';
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  };
}

export class SmtpChannel implements OutboundChannel {
  private readonly transport: MailTransport;

  constructor(
    smtpUrl: string,
    private readonly from: string,
    transport?: MailTransport,
  ) {
    this.transport = transport ?? createTransport(smtpOptions(smtpUrl));
  }

  async send(to: string, subject: string, text: string): Promise<void> {
    await this.transport.sendMail({ from: this.from, to, subject, text });
  }

  close(): void {
    this.transport.close();
  }
}

export function channelFromEnv(env: Pick<EnvironmentVariables, 'SMTP_URL' | 'NOTIFY_FROM'>): OutboundChannel {
  return env.SMTP_URL ? new SmtpChannel(env.SMTP_URL, env.NOTIFY_FROM) : new NoopChannel();
}
