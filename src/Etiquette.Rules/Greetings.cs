using Etiquette.Core.Engine;
using Etiquette.Core.Lexicons;
using Etiquette.Core.Text;

namespace Etiquette.Rules;

/// <summary>How a reply opens: the greeting it starts with and where what it has to say begins.</summary>
public static class Greetings
{
    /// <summary>The greetings lexicon's section of greeting words a name can follow ("Hi", "Good morning").</summary>
    public const string SalutationPack = "salutation";

    /// <summary>The greeting the draft opens with, or null when it opens with something else.</summary>
    public static LexiconMatch? Opening(AnalysisContext context)
    {
        var draft = context.Draft;
        if (draft.Sentences.Length == 0) return null;
        var sentence = draft.Sentences[0];
        var firstWord = FirstWord(draft, sentence);
        foreach (var match in context.Lexicon(LexiconNames.Greetings).Matches(draft, sentence))
            return match.FirstToken == firstWord ? match : null;
        return null;
    }

    /// <summary>
    /// The first token after the greeting that opens <paramref name="sentence"/> ("Hi Sam, thanks for getting in touch, "),
    /// <see cref="Sentence.EndToken"/> when the sentence is nothing but a greeting, or -1 when it does not open with one.
    /// Capitalised words straight after a greeting ("Hi Sam Jones") or alone after its comma ("Hi, Sam!") are the
    /// customer's name; "and" joins two greetings ("Hello and thanks for getting in touch").
    /// </summary>
    public static int RestAfterGreeting(AnalysisContext context, Sentence sentence)
    {
        var draft = context.Draft;
        var greetings = context.Lexicon(LexiconNames.Greetings).Matches(draft, sentence);
        var hasGreeting = greetings.MoveNext();
        var greeted = false;
        var nameMayFollow = false;
        var index = sentence.FirstToken;
        while (index < sentence.EndToken)
        {
            var token = draft.Tokens[index];
            if (hasGreeting && greetings.Current.FirstToken == index)
            {
                index += greetings.Current.TokenCount;
                greeted = nameMayFollow = true;
                hasGreeting = greetings.MoveNext();
                continue;
            }

            if (!token.IsWordLike)
            {
                index++;
                continue;
            }

            var joinsGreetings = greeted && hasGreeting && greetings.Current.FirstToken == index + 1
                                 && draft[token].Equals("and", StringComparison.OrdinalIgnoreCase);
            if (!joinsGreetings && !(greeted && IsName(draft, sentence, index, nameMayFollow))) break;
            nameMayFollow = !joinsGreetings;
            index++;
        }

        if (!greeted) return -1;
        while (index < sentence.EndToken && !draft.Tokens[index].IsWordLike) index++;
        return index;
    }

    private static bool IsName(DraftText draft, Sentence sentence, int index, bool nameMayFollow)
    {
        if (!char.IsUpper(draft.Text[draft.Tokens[index].Start])) return false;
        var punctuationBefore = !draft.Tokens[index - 1].IsWordLike;
        if (!punctuationBefore) return nameMayFollow;
        return index + 1 == sentence.EndToken || !draft.Tokens[index + 1].IsWordLike;
    }

    private static int FirstWord(DraftText draft, Sentence sentence)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            if (draft.Tokens[i].IsWordLike) return i;
        return -1;
    }
}
