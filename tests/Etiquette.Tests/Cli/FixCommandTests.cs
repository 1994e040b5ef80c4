using System.Text.Json;
using Etiquette.Cli;
using Etiquette.Core.Serialization;
using static Etiquette.Tests.Cli.CliRunner;

namespace Etiquette.Tests.Cli;

[TestClass]
public sealed class FixCommandTests
{
    [TestMethod]
    public void Fix_applies_the_first_fix_of_every_diagnostic_and_prints_the_draft()
    {
        var outcome = Run("fix", "Thx, ur order has shipped!!", "--suppress", AllRulesExcept("ETQ202", "ETQ205"));

        Assert.AreEqual(ExitCodes.Clean, outcome.ExitCode, outcome.ToString());
        Assert.AreEqual("Thanks, your order has shipped!\n", outcome.Out);
    }

    [TestMethod]
    public void Only_applies_the_chosen_rules()
    {
        var outcome = Run("fix", "Thx, ur order has shipped!!", "--only", "ETQ205");

        Assert.AreEqual("Thx, ur order has shipped!\n", outcome.Out);
    }

    [TestMethod]
    public void Fix_reads_a_file_keeping_its_line_breaks()
    {
        using var folder = new TempFolder();
        var file = folder.Write("reply.txt", "Hi 😀 Sam,\r\nur order has shipped.\r\n");

        var outcome = Run("fix", "--file", file, "--only", "ETQ202,ETQ203");

        Assert.AreEqual("Hi Sam,\r\nyour order has shipped.\r\n", outcome.Out);
    }

    [TestMethod]
    public void Fix_reads_standard_input()
    {
        var outcome = RunWithInput("Pls hold on!!", "fix", "--only", "ETQ202", "ETQ205");

        Assert.AreEqual("Please hold on!\n", outcome.Out);
    }

    [TestMethod]
    public void Json_output_is_the_fix_response_with_what_remains()
    {
        var outcome = Run("fix", "Thx, ur order has shipped!!", "--only", "ETQ205", "--format", "json");

        Assert.AreEqual(ExitCodes.Clean, outcome.ExitCode, outcome.ToString());
        var response = JsonSerializer.Deserialize<FixResponse>(outcome.Out, EtiquetteJson.Options)!;
        Assert.AreEqual("Thx, ur order has shipped!", response.Text);
        CollectionAssert.AreEqual(new[] { "ETQ205" }, response.Applied.ToArray());
        var remaining = response.Remaining.Diagnostics.Where(d => d.Id == "ETQ202").Select(d => d.Span.Start).ToArray();
        CollectionAssert.AreEqual(new[] { 0, 5 }, remaining, "the remaining lint is of the mended text");
        Assert.IsFalse(response.Remaining.Diagnostics.Any(d => d.Id == "ETQ205"));
    }

    [TestMethod]
    public void Fix_exits_0_even_when_errors_were_found()
    {
        var outcome = Run("fix", "Pls hold on.", "--profile", "formal", "--only", "ETQ202");

        Assert.AreEqual(ExitCodes.Clean, outcome.ExitCode, outcome.ToString());
        Assert.AreEqual("Please hold on.\n", outcome.Out);
    }

    [TestMethod]
    public void Unknown_rule_ids_and_formats_are_bad_usage()
    {
        AssertBadUsage(Run("fix", "Thanks", "--only", "ETQ999"), "--only: no rule ETQ999");
        AssertBadUsage(Run("fix", "Thanks", "--format", "sarif"), "sarif");
    }
}
