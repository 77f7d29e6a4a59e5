// The parts of `smpp` (0.5.1, no types of its own) that the SMS sender and the test sink use.
declare module "smpp" {
  import type { EventEmitter } from "node:events";
  import type { Server as NetServer } from "node:net";

  export type PduFields = Record<string, unknown>;

  export class PDU {
    constructor(command: string, options?: PduFields);
    command: string;
    command_status: number;
    sequence_number: number;
    [field: string]: unknown;
    isResponse(): boolean;
    response(options?: PduFields): PDU;
  }

  type ResponseCallback = (pdu: PDU) => void;

  export class Session extends EventEmitter {
    send(pdu: PDU, responseCallback?: ResponseCallback): boolean;
    close(callback?: () => void): void;
    destroy(callback?: () => void): void;
    pause(): void;
    resume(): void;
    bind_transmitter(options: PduFields, callback: ResponseCallback): boolean;
    submit_sm(options: PduFields, callback: ResponseCallback): boolean;
    unbind(options?: PduFields, callback?: ResponseCallback): boolean;
  }

  export class Server extends NetServer {}

  // A CommonJS module whose exports are assigned in loops: Node's ESM loader sees only its default export.
  const smpp: {
    connect(options: { host: string; port: number; tls: boolean }, listener?: () => void): Session;
    createServer(listener: (session: Session) => void): Server;
    ESME_ROK: number;
    ESME_RBINDFAIL: number;
  };
  export default smpp;
}
