using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Etiquette.Tests.Cli;

/// <summary>
/// Microsoft's SARIF validator (npm <c>@microsoft/sarif-multitool-linux</c>, installed into tests/tools by <c>./test.sh</c>).
/// <c>Sarif.Multitool validate FILE…</c> prints one line per finding, <c>PATH(LINE,COLUMN): error|warning|note RULE: message</c>,
/// and exits 0 whether or not it found anything; it exits non-zero only when it could not run.
/// </summary>
public static partial class SarifValidator
{
    public sealed record Finding(string File, string Level, string RuleId, string Message)
    {
        public override string ToString() => $"{Path.GetFileName(File)}: {Level} {RuleId}: {Message}";
    }

    public static string ExecutablePath =>
        Path.Combine(RepositoryPaths.Root, "tests", "tools", "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool");

    public static IReadOnlyList<Finding> Validate(IReadOnlyCollection<string> files)
    {
        var executable = ExecutablePath;
        if (!File.Exists(executable))
            Assert.Fail($"The SARIF validator is not installed ({Path.GetRelativePath(RepositoryPaths.Root, executable)} is missing): run ./test.sh, which installs it with npm ci in tests/tools.");

        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("validate");
        foreach (var file in files) start.ArgumentList.Add(file);
        // A self-contained .NET program: without ICU on the machine it would stop at start-up; it needs no culture data.
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1";

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("The SARIF validator did not finish within two minutes.");
        }

        var report = $"exit {process.ExitCode}\n{output}\n{error.Result}";
        Assert.AreEqual(0, process.ExitCode, $"The SARIF validator could not run:\n{report}");
        StringAssert.Contains(output, $"Done. {files.Count} files scanned.", report);
        return FindingLine().Matches(output)
            .Select(m => new Finding(m.Groups["file"].Value, m.Groups["level"].Value, m.Groups["rule"].Value, m.Groups["message"].Value))
            .ToList();
    }

    [GeneratedRegex(@"^(?<file>.+?)\([\d,]+\): (?<level>error|warning|note) (?<rule>[A-Z]+\d+): (?<message>.*?)\r?$", RegexOptions.Multiline)]
    private static partial Regex FindingLine();
}
