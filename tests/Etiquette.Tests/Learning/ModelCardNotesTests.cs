using Etiquette.Learning;

namespace Etiquette.Tests.Learning;

[TestClass]
public sealed class ModelCardNotesTests
{
    [TestMethod]
    public void Reads_the_two_sections_and_skips_the_preamble()
    {
        var notes = ModelCardNotes.Parse(
            "# Notes\r\n\r\nHow to edit these.\r\n\r\n## Data recipe\r\n\r\n- our rows\r\n- public rows\r\n\r\n## Known limitations\r\n\r\n- sarcasm\r\n");

        Assert.AreEqual("- our rows\n- public rows", notes.DataRecipe);
        Assert.AreEqual("- sarcasm", notes.Limitations);
    }

    [TestMethod]
    public void A_missing_repeated_or_empty_section_is_named()
    {
        StringAssert.Contains(Assert.ThrowsExactly<FormatException>(() => ModelCardNotes.Parse("## Data recipe\nrows\n")).Message,
            "no '## Known limitations' section");
        StringAssert.Contains(Assert.ThrowsExactly<FormatException>(() => ModelCardNotes.Parse(
            "## Data recipe\nrows\n## Known limitations\nsome\n## Data recipe\nmore\n")).Message, "'## Data recipe' appears twice");
        StringAssert.Contains(Assert.ThrowsExactly<FormatException>(() => ModelCardNotes.Parse(
            "## Data recipe\n\n  \n## Known limitations\nsome\n")).Message, "'## Data recipe' is empty");
    }
}
