using Etiquette.Cli;
using static Etiquette.Tests.Cli.CliRunner;

namespace Etiquette.Tests.Cli;

[TestClass]
public sealed class TerminalTests
{
    private const string Escape = "\u001b[";
    private const string Draft = "Thx!! ur order";

    [TestMethod]
    public void Severities_are_coloured_on_a_terminal()
    {
        var outcome = RunWith("", Console(outputIsTerminal: true), RulesOnly, "lint", Draft);

        StringAssert.Contains(outcome.Out, Escape, outcome.Out);
    }

    [TestMethod]
    public void No_colour_when_output_is_redirected()
    {
        var outcome = RunWith("", Console(outputIsTerminal: false), RulesOnly, "lint", Draft);

        Assert.IsFalse(outcome.Out.Contains(Escape), outcome.Out);
        StringAssert.StartsWith(outcome.Out, "1:1 warning ETQ202 'Thx' is textspeak; write 'thanks'\n");
    }

    [TestMethod]
    public void No_colour_when_NO_COLOR_is_set()
    {
        var outcome = RunWith("", Console(outputIsTerminal: true, ("NO_COLOR", "1")), RulesOnly, "lint", Draft);

        Assert.IsFalse(outcome.Out.Contains(Escape), outcome.Out);
    }

    [TestMethod]
    public void The_public_entry_point_writing_to_a_string_is_redirected_output()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = CliApp.Run(["rules"], new StringReader(""), output, error);

        Assert.AreEqual(ExitCodes.Clean, exitCode);
        Assert.IsFalse(output.ToString().Contains(Escape), output.ToString());
        StringAssert.Contains(output.ToString(), "ETQ202");
    }

    private static Terminal Console(bool outputIsTerminal, params (string Name, string Value)[] extra)
    {
        var environment = new Dictionary<string, string> { ["TERM"] = "xterm-256color" };
        foreach (var (name, value) in extra) environment[name] = value;
        return new Terminal(InputIsTerminal: false, outputIsTerminal, environment);
    }
}
