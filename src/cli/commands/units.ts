// STUB — implemented by its issue.
import { UsageError, type CliIO } from "../io";

export async function run(argv: string[], io: CliIO): Promise<number> {
  void argv;
  void io;
  throw new UsageError("“units”命令尚未实现。");
}
