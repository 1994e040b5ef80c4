using Etiquette.Learning;

namespace Etiquette.Tests.Learning;

/// <summary>
/// Small labelled sets whose classes are told apart by their phrases, not by what the phrase is about: a model that
/// learned the phrases classifies the held-out subjects too.
/// </summary>
public static class ToyCorpus
{
    private static readonly (string Label, string[] Phrases)[] Tone =
    [
        ("polite", ["thank you so much for your patience", "i really appreciate you letting us know", "we are happy to help you with this", "sorry for the trouble and thanks for waiting"]),
        ("neutral", ["your order number is listed below", "the parcel ships from our warehouse", "the invoice covers the last billing period", "the form is on the account page"]),
        ("rude", ["that is not our problem at all", "stop asking the same thing again", "you should have read the manual", "we already told you this twice"]),
    ];

    private static readonly (string Label, string[] Phrases)[] Casualness =
    [
        ("formal", ["kindly note that we shall respond shortly", "we would be grateful for your confirmation", "please be advised of the following"]),
        ("neutral", ["we will reply soon", "please confirm the details", "here is what happens next"]),
        ("casual", ["hey gonna sort this out lol", "no worries mate all good", "yeah cool will check it asap"]),
    ];

    private static readonly (string Label, string[] Phrases)[] Jargon =
    [
        ("plain", ["turn the box off and on again", "we will send you a new card", "your money comes back in a few days"]),
        ("jargon", ["flush the dns cache and renew the dhcp lease", "the sku hit an sla breach on the ticket", "escalate to tier two via the crm queue"]),
    ];

    private static readonly string[] TrainingSubjects = ["about the router", "about your refund", "about the delivery", "about the invoice"];

    private static readonly string[] HeldOutSubjects = ["about the password", "about the upgrade"];

    /// <summary>Rows labelling tone, casualness and jargon (each row one head), every phrase with four subjects.</summary>
    public static IReadOnlyList<LabelledRow> Training() => Rows(TrainingSubjects);

    /// <summary>The same phrases with subjects the training rows never mention, some put before the phrase.</summary>
    public static IReadOnlyList<LabelledRow> HeldOut() => Rows(HeldOutSubjects);

    /// <summary>Tone rows only.</summary>
    public static IReadOnlyList<LabelledRow> ToneRows(IReadOnlyList<string> subjects) =>
        Expand(Tone, subjects, (text, label) => new LabelledRow(text, Tone: label)).ToList();

    public static readonly TrainerOptions FastOptions = new()
    {
        Featurizer = new FeaturizerSettings { HashBits = 14 },
        MinFeatureRows = 1,
    };

    private static IReadOnlyList<LabelledRow> Rows(IReadOnlyList<string> subjects) =>
    [
        .. Expand(Tone, subjects, (text, label) => new LabelledRow(text, Tone: label)),
        .. Expand(Casualness, subjects, (text, label) => new LabelledRow(text, Casualness: label)),
        .. Expand(Jargon, subjects, (text, label) => new LabelledRow(text, Jargon: label)),
    ];

    private static IEnumerable<LabelledRow> Expand(
        (string Label, string[] Phrases)[] classes, IReadOnlyList<string> subjects, Func<string, string, LabelledRow> row)
    {
        foreach (var (label, phrases) in classes)
        foreach (var phrase in phrases)
            for (var s = 0; s < subjects.Count; s++)
                yield return row(s % 2 == 0 ? $"{phrase} {subjects[s]}" : $"{subjects[s]}, {phrase}", label);
    }
}
