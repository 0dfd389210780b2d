/** The part of autocannon's API the bench uses (the package ships no types). */
declare module "autocannon" {
  type Request = {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    setupRequest?: (request: Request, context: Record<string, unknown>) => Request;
    onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
  };
  type Options = {
    url: string;
    connections: number;
    duration?: number;
    amount?: number;
    timeout?: number;
    requests?: Request[];
  };
  type Result = {
    /** seconds */
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
  };
  type Instance = NodeJS.EventEmitter & { stop(): void };
  function autocannon(
    options: Options,
    callback: (error: Error | null, result: Result) => void,
  ): Instance;
  export default autocannon;
}
