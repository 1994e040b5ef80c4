using System.Text.Json;
using Etiquette.Cli;
using Etiquette.Core.Serialization;
using static Etiquette.Tests.Cli.CliRunner;

namespace Etiquette.Tests.Cli;

[TestClass]
public sealed class JsonLinesTests
{
    [TestMethod]
    public void Each_request_line_gets_a_response_line_in_order_and_bad_lines_get_errors()
    {
        using var folder = new TempFolder();
        var requests = folder.Write("requests.jsonl", string.Join("\n",
            """{ "text": "Thanks, ur order has shipped." }""",
            "",
            """{ "text": 5 }""",
            "not json",
            """{ "profile": "formal" }""",
            """{ "text": "Pls hold on.", "profile": "formal" }""",
            """{ "text": "Thanks", "profile": "nope" }""",
            """{ "text": "Thanks", "suppress": ["ETQ999"] }""",
            """{ "text": "Thanks", "conversation": { "messages": [{ "role": "robot", "text": "Hi" }] } }""",
            "   ",
            """{ "text": "Done!!", "suppress": ["ETQ202"] }""") + "\n");

        var outcome = Run("lint", "--input", requests, "--format", "jsonl");

        Assert.AreEqual(ExitCodes.BadUsage, outcome.ExitCode, "a bad line makes the run exit with 2 at the end");
        var lines = outcome.OutLines;
        Assert.AreEqual(9, lines.Length, outcome.Out);
        AssertResponse(lines[0], "ETQ202", 8);
        AssertError(lines[1], 3, "text");
        AssertError(lines[2], 4, "$");
        AssertError(lines[3], 5, "text");
        Assert.AreEqual("error", AssertResponse(lines[4], "ETQ202", 0).Severity, "the line's own profile applies");
        AssertError(lines[5], 7, "profile");
        AssertError(lines[6], 8, "suppress");
        AssertError(lines[7], 9, "conversation.messages[0].role");
        AssertResponse(lines[8], "ETQ205", 4);
    }

    [TestMethod]
    public void All_good_lines_exit_0_without_errors_and_1_with_errors()
    {
        var requests = """{ "text": "Thanks, ur order has shipped." }""" + "\n" + """{ "text": "Your refund is done." }""" + "\n";

        var relaxed = RunWithInput(requests, "lint", "--input", "-", "--format", "jsonl");
        var strict = RunWithInput(requests, "lint", "--input", "-", "--format", "jsonl", "--profile", "formal");

        Assert.AreEqual(ExitCodes.Clean, relaxed.ExitCode, relaxed.ToString());
        Assert.AreEqual(2, relaxed.OutLines.Length);
        Assert.AreEqual(ExitCodes.ErrorsFound, strict.ExitCode, "--profile is the default for lines that name none");
        Assert.AreEqual("error", AssertResponse(strict.OutLines[0], "ETQ202", 8).Severity);
    }

    [TestMethod]
    public void Command_line_suppressions_add_to_each_line()
    {
        var outcome = RunWithInput("""{ "text": "Thanks!! ur order." }""", "lint", "--input", "-", "--format", "jsonl", "--suppress", "ETQ202");

        var response = JsonSerializer.Deserialize<LintResponse>(outcome.OutLines.Single(), EtiquetteJson.Options)!;
        Assert.IsFalse(response.Diagnostics.Any(d => d.Id == "ETQ202"), outcome.Out);
        Assert.IsTrue(response.Diagnostics.Any(d => d.Id == "ETQ205"), outcome.Out);
    }

    [TestMethod]
    public void A_line_conversation_reaches_the_engine()
    {
        const string request = """{ "text": "Found it.", "conversation": { "messages": [{ "role": "customer", "text": "Hi" }], "customerName": "Ana Silva" } }""";

        var outcome = RunWith(request, Redirected, ConversationProbe.CreateLinter(), "lint", "--input", "-", "--format", "jsonl");

        var response = JsonSerializer.Deserialize<LintResponse>(outcome.OutLines.Single(), EtiquetteJson.Options)!;
        Assert.AreEqual("1 earlier messages, customer Ana", response.Diagnostics.Single(d => d.Id == ConversationProbe.Rule.Id).Message);
    }

    [TestMethod]
    public void Input_needs_jsonl_format_a_readable_file_and_no_single_draft()
    {
        using var folder = new TempFolder();
        var requests = folder.Write("requests.jsonl", """{ "text": "Thanks" }""");

        AssertBadUsage(Run("lint", "--input", requests), "--format jsonl");
        AssertBadUsage(Run("lint", "--input", Path.Combine(folder.Path, "missing.jsonl"), "--format", "jsonl"), "does not exist");
        AssertBadUsage(Run("lint", "Thanks", "--input", requests, "--format", "jsonl"), "no text or --file");
        AssertBadUsage(Run("lint", "--input", requests, "--format", "jsonl", "--conversation", requests), "--conversation");
        AssertBadUsage(Run("lint", "--input", requests, "--format", "jsonl", "--suppress", "ETQ999"), "no rule ETQ999");
    }

    private static DiagnosticModel AssertResponse(string line, string id, int start)
    {
        var response = JsonSerializer.Deserialize<LintResponse>(line, EtiquetteJson.Options);
        Assert.IsNotNull(response?.Diagnostics, $"expected a lint response, got {line}");
        var diagnostic = response.Diagnostics.FirstOrDefault(d => d.Id == id && d.Span.Start == start);
        Assert.IsNotNull(diagnostic, $"expected {id} at {start} in {line}");
        return diagnostic;
    }

    private static void AssertError(string line, int number, string field)
    {
        using var document = JsonDocument.Parse(line);
        Assert.IsTrue(document.RootElement.TryGetProperty("error", out var error), $"expected an error line, got {line}");
        Assert.AreEqual(number, error.GetProperty("line").GetInt32(), line);
        Assert.AreEqual(field, error.GetProperty("field").GetString(), line);
        Assert.IsFalse(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()), line);
    }
}
