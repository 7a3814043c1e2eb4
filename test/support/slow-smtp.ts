import * as net from 'node:net';

export interface ReceivedMail {
  from: string;
  to: string[];
  data: string;
  at: number;
}

// A local SMTP receiver that answers each message's end of DATA only after `delayMs`, as an overloaded mail
// server does: enough of the protocol for nodemailer (EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT), no TLS, no auth.
export class SlowSmtpServer {
  readonly received: ReceivedMail[] = [];
  private readonly server: net.Server;
  private readonly sockets = new Set<net.Socket>();

  constructor(private readonly delayMs: number) {
    this.server = net.createServer((socket) => this.session(socket));
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return (this.server.address() as net.AddressInfo).port;
  }

  async close(): Promise<void> {
    this.sockets.forEach((s) => s.destroy());
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private session(socket: net.Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => undefined);
    socket.setEncoding('utf8');
    const reply = (line: string): void => void (socket.writable && socket.write(`${line}\r\n`));
    let mail: ReceivedMail = { from: '', to: [], data: '', at: 0 };
    let inData = false;
    let buffer = '';
    reply('220 slow-smtp ready');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      let eol: number;
      while ((eol = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            const done = { ...mail, at: Date.now() };
            mail = { from: '', to: [], data: '', at: 0 };
            setTimeout(() => {
              this.received.push(done);
              reply('250 queued');
            }, this.delayMs);
          } else {
            mail.data += `${line.startsWith('..') ? line.slice(1) : line}\n`;
          }
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') {
          reply('250 slow-smtp');
        } else if (verb === 'MAIL') {
          mail.from = /<([^>]*)>/.exec(line)?.[1] ?? '';
          reply('250 ok');
        } else if (verb === 'RCPT') {
          mail.to.push(/<([^>]*)>/.exec(line)?.[1] ?? '');
          reply('250 ok');
        } else if (verb === 'DATA') {
          inData = true;
          reply('354 go on');
        } else if (verb === 'QUIT') {
          reply('221 bye');
          socket.end();
        } else {
          reply('250 ok');
        }
      }
    });
  }
}
