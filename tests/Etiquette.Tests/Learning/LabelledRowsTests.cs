using Etiquette.Learning;
using Etiquette.Tests.Cli;

namespace Etiquette.Tests.Learning;

[TestClass]
public sealed class LabelledRowsTests
{
    [TestMethod]
    public void Reads_rows_with_some_or_all_labels()
    {
        using var folder = new TempFolder();
        var path = folder.Write("rows.jsonl", """
            {"text": "Thanks so much!", "tone": "polite", "casualness": "neutral", "jargon": "plain"}

            {"text": "Flush the DNS cache.", "jargon": "jargon", "source": "ignored"}
            {"text": "ok", "tone": null}
            """);

        var rows = LabelledRows.Read(path);

        Assert.AreEqual(3, rows.Count);
        Assert.AreEqual(new LabelledRow("Thanks so much!", "polite", "neutral", "plain"), rows[0]);
        Assert.AreEqual(new LabelledRow("Flush the DNS cache.", Jargon: "jargon"), rows[1]);
        Assert.AreEqual(new LabelledRow("ok"), rows[2]);
    }

    [TestMethod]
    [DataRow("""{"text": "hi", "tone": "nice"}""", "rows.jsonl line 2: unknown tone label 'nice' (expected polite, neutral, rude).")]
    [DataRow("""{"text": "hi", "jargon": "Jargon"}""", "rows.jsonl line 2: unknown jargon label 'Jargon' (expected plain, jargon).")]
    [DataRow("""{"tone": "rude"}""", "rows.jsonl line 2: not a valid JSON row")]
    [DataRow("""{"text": "hi", "tone": 3}""", "rows.jsonl line 2: not a valid JSON row")]
    [DataRow("""{"text": "hi" """, "rows.jsonl line 2: not a valid JSON row")]
    [DataRow("null", "rows.jsonl line 2: null is not a row.")]
    [DataRow("""{"text": "hi", "tone": "rude", "weight": 0}""", "rows.jsonl line 2: weight 0 must be positive.")]
    [DataRow("""{"text": "hi", "tone": "rude", "weight": -2.5}""", "rows.jsonl line 2: weight -2.5 must be positive.")]
    [DataRow("""{"text": "hi", "tone": "rude", "weight": "heavy"}""", "rows.jsonl line 2: not a valid JSON row")]
    public void Bad_lines_are_named_by_file_and_line(string badLine, string message)
    {
        using var folder = new TempFolder();
        var path = folder.Write("rows.jsonl", "{\"text\": \"fine\", \"tone\": \"neutral\"}\n" + badLine + "\n");

        var error = Assert.ThrowsExactly<LabelledDataException>(() => LabelledRows.Read(path));
        StringAssert.Contains(error.Message, message);
    }

    [TestMethod]
    public void Writes_what_it_reads_leaving_out_missing_labels()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "out.jsonl");
        LabelledRow[] rows = [new("Hi \"Sam\" 😊", Tone: "polite"), new("Line\nbreak", "rude", "casual", "plain", Weight: 0.1)];

        LabelledRows.Write(path, rows);

        var lines = File.ReadAllLines(path);
        Assert.AreEqual(2, lines.Length);
        Assert.IsFalse(lines[0].Contains("casualness"));
        Assert.IsFalse(lines[0].Contains("weight"), "a row without a weight is written without one");
        StringAssert.Contains(lines[1], "\"weight\":0.1");
        CollectionAssert.AreEqual(rows, LabelledRows.Read(path).ToArray());
    }

    [TestMethod]
    public void Data_hash_follows_content_and_order()
    {
        LabelledRow[] rows = [new("a", Tone: "polite"), new("b", Jargon: "plain")];
        var hash = LabelledRows.Sha256(rows);

        Assert.AreEqual(64, hash.Length);
        Assert.AreEqual(hash, LabelledRows.Sha256([new("a", Tone: "polite"), new("b", Jargon: "plain")]));
        Assert.AreNotEqual(hash, LabelledRows.Sha256([rows[1], rows[0]]));
        Assert.AreNotEqual(hash, LabelledRows.Sha256([new("a", Tone: "rude"), rows[1]]));
        Assert.AreNotEqual(hash, LabelledRows.Sha256([new("a", Casualness: "polite"), rows[1]]));
        Assert.AreNotEqual(hash, LabelledRows.Sha256([new("a", Tone: "polite", Weight: 0.5), rows[1]]));
        Assert.AreNotEqual(LabelledRows.Sha256([new("ab")]), LabelledRows.Sha256([new("a"), new("b")]));
    }
}
