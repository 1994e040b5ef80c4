using System.Reflection;
using System.Text.Json;
using Etiquette.Cli;
using Etiquette.Core.Diagnostics;
using Etiquette.Rules;
using static Etiquette.Tests.Cli.CliRunner;

namespace Etiquette.Tests.Cli;

[TestClass]
public sealed class SarifOutputTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void Logs_pass_microsofts_sarif_validator()
    {
        using var folder = new TempFolder();
        var draft = folder.Write("reply.txt", "Hi 👋🏽 Sam,\r\nThx!! ur order is HERE NOW.\r\nKindly be advised it ships.");
        var profile = folder.Write("mixed.json", """{ "rules": { "ETQ202": "error", "ETQ205": "hidden", "ETQ206": "warning" } }""");
        string[] logs =
        [
            Save(folder, "text.sarif", Run("lint", "Thx!! ur order 😀", "--format", "sarif")),
            Save(folder, "file.sarif", Run("lint", "--file", draft, "--profile", profile, "--format", "sarif")),
            Save(folder, "stdin.sarif", RunWithInput("k", "lint", "--format", "sarif")),
            Save(folder, "clean.sarif", Run("lint", "", "--format", "sarif")),
        ];
        // A log the validator must reject: proves it read the files and that its findings are understood.
        var control = folder.Write("control.sarif", """{ "version": "2.1.0", "runs": [{ "tool": { "driver": { "name": "Control" } }, "results": [{ "ruleId": "X" }] }] }""");

        var findings = SarifValidator.Validate([.. logs, control]);

        var controlFindings = findings.Where(f => f.File == control).ToList();
        Assert.IsTrue(controlFindings.Any(f => f.Level == "error"), $"the validator passed the control log:\n{string.Join("\n", findings)}");
        var ours = findings.Except(controlFindings).ToList();
        foreach (var finding in ours) TestContext.WriteLine(finding.ToString());
        Assert.AreEqual(0, ours.Count(f => f.Level == "error"), $"SARIF validator findings:\n{string.Join("\n", ours)}");
    }

    [TestMethod]
    public void The_driver_describes_every_rule_of_the_catalog()
    {
        using var log = Lint("lint", "Thanks", "--format", "sarif");

        var root = log.RootElement;
        Assert.AreEqual("https://json.schemastore.org/sarif-2.1.0.json", root.GetProperty("$schema").GetString());
        Assert.AreEqual("2.1.0", root.GetProperty("version").GetString());
        Assert.AreEqual(1, root.GetProperty("runs").GetArrayLength());
        var driver = root.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        Assert.AreEqual("Etiquette", driver.GetProperty("name").GetString());
        var informational = typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Assert.AreEqual(informational.Split('+')[0], driver.GetProperty("version").GetString());
        Assert.IsTrue(Uri.IsWellFormedUriString(driver.GetProperty("informationUri").GetString(), UriKind.Absolute));

        var rules = driver.GetProperty("rules").EnumerateArray().ToArray();
        var descriptors = EtiquetteRules.RuleSet.Descriptors;
        Assert.AreEqual(descriptors.Count, rules.Length);
        for (var i = 0; i < descriptors.Count; i++)
        {
            var (rule, descriptor) = (rules[i], descriptors[i]);
            Assert.AreEqual(descriptor.Id, rule.GetProperty("id").GetString());
            StringAssert.Matches(rule.GetProperty("name").GetString(), new System.Text.RegularExpressions.Regex("^[A-Z][A-Za-z0-9]+$"));
            Assert.AreEqual(descriptor.Title, rule.GetProperty("shortDescription").GetProperty("text").GetString());
            Assert.AreEqual(descriptor.Description, rule.GetProperty("fullDescription").GetProperty("text").GetString());
            Assert.AreEqual(descriptor.HelpUri, rule.GetProperty("helpUri").GetString());
            var configuration = rule.GetProperty("defaultConfiguration");
            Assert.AreEqual(SarifLevel(descriptor.DefaultSeverity), configuration.GetProperty("level").GetString(), descriptor.Id);
            Assert.AreEqual(descriptor.IsEnabledByDefault, configuration.GetProperty("enabled").GetBoolean(), descriptor.Id);
        }
    }

    [TestMethod]
    public void A_result_locates_the_diagnostic_by_offset_and_by_line_and_column_and_carries_its_fix()
    {
        using var folder = new TempFolder();
        var file = folder.Write("reply.txt", "Hi 👋🏽 Sam,\r\nThanks, ur order.");

        using var log = Lint("lint", "--file", file, "--format", "sarif");

        var run = log.RootElement.GetProperty("runs")[0];
        var result = Results(run).Single(r => r.GetProperty("ruleId").GetString() == "ETQ202");
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        Assert.AreEqual("ETQ202", rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
        Assert.AreEqual("warning", result.GetProperty("level").GetString());
        Assert.AreEqual("'ur' is textspeak; write 'your'", result.GetProperty("message").GetProperty("text").GetString());

        var uri = new Uri(Path.GetFullPath(file)).AbsoluteUri;
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.AreEqual(uri, location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        AssertRegion(location.GetProperty("region"), offset: 22, length: 2, line: 2, column: 9);

        var change = result.GetProperty("fixes")[0].GetProperty("artifactChanges")[0];
        Assert.AreEqual(uri, change.GetProperty("artifactLocation").GetProperty("uri").GetString());
        var replacement = change.GetProperty("replacements")[0];
        AssertRegion(replacement.GetProperty("deletedRegion"), offset: 22, length: 2, line: 2, column: 9);
        Assert.AreEqual("your", replacement.GetProperty("insertedContent").GetProperty("text").GetString());
    }

    [TestMethod]
    public void Levels_follow_the_profile_and_hidden_diagnostics_are_left_out()
    {
        using var folder = new TempFolder();
        var profile = folder.Write("mixed.json", """{ "rules": { "ETQ202": "error", "ETQ205": "hidden", "ETQ206": "info" } }""");

        var outcome = Run("lint", "Kindly be advised ur order ships!!", "--profile", profile, "--format", "sarif");

        Assert.AreEqual(ExitCodes.ErrorsFound, outcome.ExitCode, outcome.ToString());
        using var log = JsonDocument.Parse(outcome.Out);
        var levels = Results(log.RootElement.GetProperty("runs")[0]).ToDictionary(r => r.GetProperty("ruleId").GetString()!, r => r.GetProperty("level").GetString());
        Assert.AreEqual("error", levels["ETQ202"]);
        Assert.AreEqual("note", levels["ETQ206"]);
        Assert.IsFalse(levels.ContainsKey("ETQ205"), "a hidden diagnostic is not reported");
    }

    [TestMethod]
    public void The_artifact_is_named_draft_for_text_and_stdin_for_standard_input()
    {
        using var fromText = Lint("lint", "Thanks, ur order.", "--format", "sarif");
        using var fromInput = JsonDocument.Parse(RunWithInput("Thanks, ur order.", "lint", "--format", "sarif").Out);

        Assert.AreEqual("draft", ArtifactUri(fromText));
        Assert.AreEqual("stdin", ArtifactUri(fromInput));
    }

    private static string Save(TempFolder folder, string name, Outcome outcome)
    {
        Assert.AreNotEqual(ExitCodes.BadUsage, outcome.ExitCode, outcome.ToString());
        return folder.Write(name, outcome.Out);
    }

    private static JsonDocument Lint(params string[] args) => JsonDocument.Parse(Run(args).Out);

    private static IEnumerable<JsonElement> Results(JsonElement run) => run.GetProperty("results").EnumerateArray();

    private static string? ArtifactUri(JsonDocument log) =>
        Results(log.RootElement.GetProperty("runs")[0]).First()
            .GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString();

    private static void AssertRegion(JsonElement region, int offset, int length, int line, int column)
    {
        Assert.AreEqual(offset, region.GetProperty("charOffset").GetInt32(), region.ToString());
        Assert.AreEqual(length, region.GetProperty("charLength").GetInt32(), region.ToString());
        Assert.AreEqual(line, region.GetProperty("startLine").GetInt32(), region.ToString());
        Assert.AreEqual(column, region.GetProperty("startColumn").GetInt32(), region.ToString());
        Assert.AreEqual(line, region.GetProperty("endLine").GetInt32(), region.ToString());
        Assert.AreEqual(column + length, region.GetProperty("endColumn").GetInt32(), region.ToString());
    }

    private static string SarifLevel(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => "none",
    };
}
