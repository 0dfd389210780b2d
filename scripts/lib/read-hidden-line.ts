import readline from "node:readline";

/** Reads one line from the terminal without echoing it (for passwords). */
export function readHiddenLine(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) {
    return Promise.reject(
      new Error("No terminal to ask for the password: use --password-file FILE."),
    );
  }
  return new Promise((resolve) => {
    const rl = readline.createInterface({
      input: process.stdin,
      output: process.stdout,
      terminal: true,
    });
    const output = rl as unknown as { _writeToOutput: (s: string) => void };
    rl.question(prompt, (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
    output._writeToOutput = () => {}; // swallow the echo of typed characters
  });
}
