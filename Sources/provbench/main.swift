import Foundation

let environment = Environment(
  variables: ProcessInfo.processInfo.environment,
  currentDirectory: FileManager.default.currentDirectoryPath,
  stderrIsTerminal: isatty(2) == 1)
let output = CLI.run(Array(CommandLine.arguments.dropFirst()), environment)
FileHandle.standardOutput.write(Data(output.stdout.utf8))
FileHandle.standardError.write(Data(output.stderr.utf8))
exit(output.status)
