import { channelFromEnv, NoopChannel, SmtpChannel, smtpOptions } from './outbound-channel';

describe('outbound channel', () => {
  it('is off without SMTP_URL and e-mail with it', () => {
    expect(channelFromEnv({ NOTIFY_FROM: 'noreply@wuhua-jc.local' })).toBeInstanceOf(NoopChannel);
    const smtp = channelFromEnv({ SMTP_URL: 'smtp://u:p@mail.example:2525', NOTIFY_FROM: 'noreply@wuhua-jc.local' });
    expect(smtp).toBeInstanceOf(SmtpChannel);
    (smtp as SmtpChannel).close();
  });

  it('reads host, port, TLS and credentials from the URL, with short timeouts', () => {
    expect(smtpOptions('smtps://jc%40wuhua.gov.cn:p%40ss@mail.wuhua.gov.cn')).toMatchObject({
      host: 'mail.wuhua.gov.cn',
      port: 465,
      secure: true,
      auth: { user: 'jc@wuhua.gov.cn', pass: 'p@ss' },
      connectionTimeout: 10_000,
    });
    expect(smtpOptions('smtp://relay.local:25')).toMatchObject({ port: 25, secure: false, auth: undefined });
  });

  it('sends from NOTIFY_FROM through the transport', async () => {
    const mails: unknown[] = [];
    const sut = new SmtpChannel('smtp://relay.local:25', 'noreply@wuhua-jc.local', {
      sendMail: (mail) => Promise.resolve(mails.push(mail)),
      close: () => undefined,
    });
    await expect(sut.send('leader@justice.gov.cn', '【催办】…', '正文')).resolves.toBeUndefined();
    expect(mails).toEqual([
      { from: 'noreply@wuhua-jc.local', to: 'leader@justice.gov.cn', subject: '【催办】…', text: '正文' },
    ]);
  });
});
