using System.Text.RegularExpressions;
using Etiquette.Core.Text;

namespace Etiquette.Learning.Datasets;

/// <summary>Cleans public text before training: no handles, e-mail addresses, links or long numbers reach a model.</summary>
internal static partial class Scrub
{
    public static string Tweet(string text)
    {
        text = Handle().Replace(text, "");
        text = Email().Replace(text, "your email address");
        text = Url().Replace(text, "this link");
        text = LongNumber().Replace(text, "12345");
        text = Signature().Replace(text, "");
        return Spaces().Replace(text, " ").Trim();
    }

    /// <summary>Stanford and Bitext requests: links are already <c>&lt;url&gt;</c>; order numbers become a stand-in.</summary>
    public static string Request(string text)
    {
        text = text.Replace("<url>", "this link", StringComparison.Ordinal);
        text = LongNumber().Replace(text, "12345");
        return Spaces().Replace(text, " ").Trim();
    }

    /// <summary>Undoes Penn Treebank tokenisation ("do n't" → "don't", "word ." → "word.").</summary>
    public static string Detokenise(string text)
    {
        text = text.Replace("-LRB-", "(").Replace("-RRB-", ")").Replace("``", "\"").Replace("''", "\"");
        text = Contraction().Replace(text, "$1");
        text = SpaceBeforePunctuation().Replace(text, "$1");
        text = text.Replace("( ", "(");
        return Spaces().Replace(text, " ").Trim();
    }

    public static bool HasEmoji(string text) =>
        Tokenizer.Tokenize(text).Any(t => t.Kind is TokenKind.Emoji or TokenKind.Emoticon);

    public static bool IsCourteous(string text) => Courtesy().IsMatch(text);

    [GeneratedRegex(@"(?<![\w.])@\w+")]
    private static partial Regex Handle();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+")]
    private static partial Regex Email();

    [GeneratedRegex(@"(https?://|www\.)\S+", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"\d{5,}")]
    private static partial Regex LongNumber();

    /// <summary>Agents sign tweets with initials ("^JS", "*MS"): a signature, not language.</summary>
    [GeneratedRegex(@"\s[\^*]\w{1,3}\s*$")]
    private static partial Regex Signature();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@" ('(?:s|re|ve|d|ll|m)\b|n't\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Contraction();

    [GeneratedRegex(@" ([.,!?;:%)])")]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"\b(thanks?|thank you|sorry|apologi[sz]e|happy to|glad to|appreciate|please)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Courtesy();
}
