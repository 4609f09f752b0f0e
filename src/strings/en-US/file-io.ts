import type { fileIO as zh } from "../zh-CN/file-io";

/** fileIO strings (en-US): the same keys as zh-CN. */
export const fileIO: typeof zh = {
  inputMissing: (f) => `File "${f}" not found: check the name and the path.`,
  inputFolderMissing: (f, dir) => `File "${f}" not found: the folder "${dir}" does not exist; check the path.`,
  inputIsFolder: (f) => `"${f}" is a folder, not a file: give the name of the file to process.`,
  inputNoPermission: (f) => `No permission to read "${f}": check its permissions, or copy it into a folder of your own and try again.`,
  inputLocked: (f) => `"${f}" is held open by another program (Excel or WPS, say): close it and try again.`,
  inputFailed: (f) => `Cannot read "${f}": make sure the file is intact and opens in Excel or WPS, then try again.`,
  outputEmpty: "The file name after -o is empty: write the name to save to, e.g. -o result.xlsx.",
  outputExtension: (f, ext) => `The output file "${f}" must end in ${ext}: e.g. -o table${ext}.`,
  outputIsInput: (f, input) =>
    `The output must not be the input file: "${f}" is the original "${input}" (the same file, through a link or in other letter case). Name another file with -o; the original is never changed.`,
  outputFolderMissing: (f, dir) => `Cannot write "${f}": the folder "${dir}" does not exist; create it or choose another place.`,
  outputIsFolder: (f) => `Cannot write "${f}": it is a folder; put a file name after -o, e.g. -o result.xlsx.`,
  outputNoPermission: (f) => `Cannot write "${f}": no permission to write there; choose a folder of your own (e.g. Documents).`,
  outputReadOnly: (f) => `Cannot write "${f}": the disk is read-only; save somewhere else.`,
  outputDiskFull: (f) => `Cannot write "${f}": the disk is full; free some space or use another disk, then try again.`,
  outputLocked: (f) => `Cannot write "${f}": the file is open in Excel or WPS; close it and try again.`,
  outputLockFile: (f, lock) =>
    `Cannot write "${f}": the Excel/WPS lock file "${lock}" beside it says the file is open; close it, or if it really is closed, delete the lock file and try again.`,
  outputFailed: (f) => `Cannot write "${f}": make sure files can be saved there, then try again.`,
  interrupted: "Interrupted: no file was written.",
};
