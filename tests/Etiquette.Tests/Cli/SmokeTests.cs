using System.Diagnostics;
using Etiquette.Cli;

namespace Etiquette.Tests.Cli;

[TestClass]
public sealed class SmokeTests
{
    [TestMethod]
    public void The_built_program_lints_with_redirected_output_and_exit_codes()
    {
        var program = Path.Combine(AppContext.BaseDirectory, "etiquette.dll");
        Assert.IsTrue(File.Exists(program), $"{program} was not built beside the tests");

        var lint = Start(program, "lint", "Thanks, ur order has shipped.");
        var bad = Start(program, "lint", "--bogus");

        Assert.AreEqual(ExitCodes.Clean, lint.ExitCode, lint.Error);
        StringAssert.Contains(lint.Out, "1:9 warning ETQ202 'ur' is textspeak; write 'your'");
        Assert.IsFalse(lint.Out.Contains('\u001b'), "no colour when output is redirected");
        Assert.AreEqual(ExitCodes.BadUsage, bad.ExitCode);
        StringAssert.StartsWith(bad.Error, "etiquette: ");
    }

    private static (int ExitCode, string Out, string Error) Start(string program, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(program);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment.Remove("NO_COLOR");
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.IsTrue(process.WaitForExit(TimeSpan.FromMinutes(1)), "etiquette did not finish within a minute");
        return (process.ExitCode, output, error.Result);
    }
}
