/**
 * fileIO strings (zh-CN): what the command-line program says when a file cannot be read or written, when -o is
 * not acceptable, and when it is stopped (Ctrl+C). One message per kind of problem, each saying what to do.
 */
export const fileIO = {
  // Reading the input.
  inputMissing: (f: string) => `找不到文件“${f}”：请检查文件名和路径。`,
  inputFolderMissing: (f: string, dir: string) => `找不到文件“${f}”：文件夹“${dir}”不存在，请检查路径。`,
  inputIsFolder: (f: string) => `“${f}”是一个文件夹，不是文件：请给出要处理的文件名。`,
  inputNoPermission: (f: string) => `没有权限读取“${f}”：请检查文件权限，或把它复制到自己的文件夹后再试。`,
  inputLocked: (f: string) => `“${f}”正被其他程序独占打开（例如 Excel 或 WPS）：请先关闭它再试。`,
  inputFailed: (f: string) => `无法读取“${f}”：请确认文件完好、能在 Excel 或 WPS 中打开后再试。`,
  // The -o name, before any work.
  outputEmpty: "-o 后面的文件名是空的：请写出要保存的文件名，例如 -o 分解表-结果.xlsx。",
  outputExtension: (f: string, ext: string) => `输出文件“${f}”必须以 ${ext} 结尾：例如 -o 分解表${ext}。`,
  outputIsInput: (f: string, input: string) =>
    `输出文件不能与原文件相同：“${f}”就是原文件“${input}”（同一个文件，可能经由链接或只是大小写不同）。请用 -o 指定另一个文件名，原表不会被改动。`,
  // Writing the output.
  outputFolderMissing: (f: string, dir: string) => `无法写入“${f}”：文件夹“${dir}”不存在，请先创建它或换一个位置。`,
  outputIsFolder: (f: string) => `无法写入“${f}”：这是一个文件夹，请在 -o 后面写上文件名，例如 -o 分解表-结果.xlsx。`,
  outputNoPermission: (f: string) => `无法写入“${f}”：没有写入权限，请换一个自己有权限的文件夹（例如“文档”）。`,
  outputReadOnly: (f: string) => `无法写入“${f}”：所在的磁盘是只读的，请换一个位置保存。`,
  outputDiskFull: (f: string) => `无法写入“${f}”：磁盘空间已满，请清理出空间或换一个磁盘后再试。`,
  outputLocked: (f: string) => `无法写入“${f}”：文件正在 Excel 或 WPS 中打开，请先关闭它再试。`,
  outputLockFile: (f: string, lock: string) =>
    `无法写入“${f}”：它旁边有 Excel/WPS 的锁定文件“${lock}”，说明文件正被打开，请先关闭它；如果确实已关闭，请删除这个锁定文件后再试。`,
  outputFailed: (f: string) => `无法写入“${f}”：请确认这个位置可以保存文件后再试。`,
  // The process.
  interrupted: "已中断：没有写出任何文件。",
};
