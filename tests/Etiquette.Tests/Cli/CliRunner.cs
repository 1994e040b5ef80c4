using Etiquette.Cli;
using Etiquette.Core.Engine;
using Etiquette.Rules;

namespace Etiquette.Tests.Cli;

/// <summary>Runs the <c>etiquette</c> command line in-process and captures what it writes.</summary>
public static class CliRunner
{
    /// <summary>Output to a file or pipe, input from a pipe: what scripts and CI see.</summary>
    public static readonly Terminal Redirected = new(false, false, new Dictionary<string, string>());

    public sealed record Outcome(int ExitCode, string Out, string Error)
    {
        public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}--- stderr\n{Error}";
    }

    /// <summary>
    /// The rules alone, no classifier: the command-line tests check formats and exit codes, which the shipped model's
    /// judgement must not move. <see cref="ShippedModelTests"/> covers the default, model-backed linter.
    /// </summary>
    public static readonly Linter RulesOnly = EtiquetteRules.CreateLinter();

    public static Outcome Run(params string[] args) => RunWith(string.Empty, Redirected, RulesOnly, args);

    public static Outcome RunWithInput(string stdin, params string[] args) => RunWith(stdin, Redirected, RulesOnly, args);

    public static Outcome RunWith(string stdin, Terminal terminal, Linter? linter, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var exitCode = CliApp.Run(args, new StringReader(stdin), output, error, terminal, linter);
        return new Outcome(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>
    /// A <c>--suppress</c> value that leaves only <paramref name="kept"/> running, so that an exact expectation
    /// stays true as rules are added to the catalog.
    /// </summary>
    public static string AllRulesExcept(params string[] kept) =>
        string.Join(',', EtiquetteRules.RuleSet.Descriptors.Select(d => d.Id).Except(kept));

    /// <summary>Asserts a usage error: exit code 2, nothing on stdout, one line on stderr that contains <paramref name="reason"/>.</summary>
    public static void AssertBadUsage(Outcome outcome, string reason)
    {
        Assert.AreEqual(ExitCodes.BadUsage, outcome.ExitCode, outcome.ToString());
        Assert.AreEqual(string.Empty, outcome.Out, outcome.ToString());
        var lines = outcome.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.AreEqual(1, lines.Length, $"expected one line on stderr:\n{outcome.Error}");
        StringAssert.StartsWith(lines[0], "etiquette: ");
        StringAssert.Contains(lines[0], reason);
    }
}
