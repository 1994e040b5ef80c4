using System.Buffers;
using System.Text.Json;
using Etiquette.Core.Text;

namespace Etiquette.Tests.Engine;

[TestClass]
public sealed class TokenizerTests
{
    private static (string Text, TokenKind Kind)[] Tokens(string text) =>
        Tokenizer.Tokenize(text).Select(t => (text.Substring(t.Start, t.Length), t.Kind)).ToArray();

    [TestMethod]
    public void Span_overload_matches_and_grows_its_pooled_buffer()
    {
        var text = string.Concat(Enumerable.Repeat("Hi Sam, see https://x.example.com 😊 or mail jo@example.com at 10:30!! ", 3));
        var buffer = ArrayPool<Token>.Shared.Rent(1);
        var count = Tokenizer.Tokenize(text.AsSpan(), ref buffer);

        CollectionAssert.AreEqual(Tokenizer.Tokenize(text), buffer[..count]);
        ArrayPool<Token>.Shared.Return(buffer);
    }

    [TestMethod]
    public void Words_keep_inner_apostrophes_and_hyphens()
    {
        var tokens = Tokens("We can’t re-send the customer's follow-up");
        CollectionAssert.AreEqual(new[] { "We", "can’t", "re-send", "the", "customer's", "follow-up" }, tokens.Select(t => t.Text).ToArray());
        Assert.IsTrue(tokens.All(t => t.Kind == TokenKind.Word));
    }

    [TestMethod]
    public void Numbers_keep_decimals_times_and_dates()
    {
        var tokens = Tokens("£3.50 at 10:30 on 12/03/2026, 1,000 items.");
        CollectionAssert.AreEqual(new[] { "£", "3.50", "at", "10:30", "on", "12/03/2026", ",", "1,000", "items", "." }, tokens.Select(t => t.Text).ToArray());
        Assert.AreEqual(TokenKind.Number, tokens[1].Kind);
        Assert.AreEqual(TokenKind.Symbol, tokens[0].Kind);
    }

    [TestMethod]
    public void Urls_and_emails_are_single_tokens_without_trailing_punctuation()
    {
        var tokens = Tokens("See https://shop.example.com/help?a=1. Or mail (jo.bloggs+uk@mail.example.co.uk).");
        Assert.AreEqual(("https://shop.example.com/help?a=1", TokenKind.Url), tokens[1]);
        Assert.AreEqual((".", TokenKind.Punctuation), tokens[2]);
        Assert.IsTrue(tokens.Contains(("jo.bloggs+uk@mail.example.co.uk", TokenKind.Email)));
        Assert.AreEqual((")", TokenKind.Punctuation), tokens[^2]);
    }

    [TestMethod]
    public void Not_an_email_without_a_domain_suffix() =>
        Assert.IsFalse(Tokens("ping me @ lunch or at jo@localhost").Any(t => t.Kind == TokenKind.Email));

    [TestMethod]
    [DataRow("👍🏽", "skin tone")]
    [DataRow("👨‍👩‍👧‍👦", "ZWJ family")]
    [DataRow("🇬🇧", "flag")]
    [DataRow("1️⃣", "keycap")]
    [DataRow("❤️", "text pictograph with VS16")]
    [DataRow("🏴󠁧󠁢󠁳󠁣󠁴󠁿", "tag sequence")]
    public void Emoji_sequences_are_one_token(string emoji, string what)
    {
        var tokens = Tokenizer.Tokenize($"ok {emoji} thanks");
        Assert.AreEqual(3, tokens.Length, what);
        Assert.AreEqual(TokenKind.Emoji, tokens[1].Kind, what);
        Assert.AreEqual(emoji.Length, tokens[1].Length, what);
    }

    [TestMethod]
    public void Every_emoji_of_the_unicode_list_is_recognised()
    {
        var file = Path.Combine(RepositoryPaths.SharedData, "emoji_emoticons", "unicode_emoji_by_emoji.json");
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        var missed = json.RootElement.EnumerateObject().Select(p => p.Name)
            .Where(emoji =>
            {
                var tokens = Tokenizer.Tokenize(emoji);
                return tokens.Length != 1 || tokens[0].Kind != TokenKind.Emoji || tokens[0].Length != emoji.Length;
            })
            .ToList();
        Assert.IsTrue(json.RootElement.EnumerateObject().Count() > 1800);
        Assert.AreEqual(0, missed.Count, $"not one emoji token: {string.Join(" ", missed.Take(20))}");
    }

    [TestMethod]
    [DataRow("Thanks :)", ":)")]
    [DataRow("sorry :-(", ":-(")]
    [DataRow("great <3", "<3")]
    [DataRow("ha xD", "xD")]
    public void Emoticons_standing_alone_are_tokens(string text, string emoticon) =>
        Assert.AreEqual((emoticon, TokenKind.Emoticon), Tokens(text)[^1]);

    [TestMethod]
    [DataRow("Ratio 3:1 please")]
    [DataRow("(see page 2)")]
    [DataRow("Use http://example.com/:p")]
    [DataRow("tax:D4 code")]
    public void Colons_and_brackets_in_text_are_not_emoticons(string text) =>
        Assert.IsFalse(Tokens(text).Any(t => t.Kind == TokenKind.Emoticon), string.Join(" ", Tokens(text)));

    [TestMethod]
    public void Offsets_are_utf16_code_units_after_astral_characters_and_crlf()
    {
        const string text = "😀😀\r\nur ok";
        var word = Tokenizer.Tokenize(text)[2];
        Assert.AreEqual(6, word.Start);
        Assert.AreEqual("ur", text.Substring(word.Start, word.Length));
    }

    [TestMethod]
    public void Unpaired_surrogates_do_not_break_tokenizing()
    {
        var text = "bad \uD83D here and \uDE00 there";
        var tokens = Tokenizer.Tokenize(text);
        Assert.IsTrue(tokens.Any(t => text.Substring(t.Start, t.Length) == "there"));
        Assert.IsTrue(tokens.All(t => t.Length > 0));
    }
}
