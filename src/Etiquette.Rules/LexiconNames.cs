namespace Etiquette.Rules;

/// <summary>The embedded lexicons (file names under Lexicons/), which profiles may extend by these names.</summary>
public static class LexiconNames
{
    public const string Textspeak = "textspeak";
    public const string Stiff = "stiff";
    public const string Curt = "curt";
    public const string ShoutWords = "shout-words";
    public const string Acronyms = "acronyms";
    public const string Jargon = "jargon";
    public const string Blame = "blame";
    public const string Condescension = "condescension";
    public const string Negative = "negative";
    public const string Profanity = "profanity";
    public const string Complaint = "complaint";
    public const string Empathy = "empathy";
    public const string Greetings = "greetings";
    public const string Closings = "closings";
    public const string SatisfactionChecks = "satisfaction-checks";
    public const string VaguePromises = "vague-promises";
    public const string TimeFrames = "time-frames";
    public const string Credentials = "credentials";
    public const string CredentialRequests = "credential-requests";
    public const string CredentialSafety = "credential-safety";
    public const string CredentialTopics = "credential-topics";
    public const string SortCodeCues = "sort-code-cues";
    public const string SsnCues = "ssn-cues";
    public const string ReferenceLabels = "reference-labels";
    public const string RoleMailboxes = "role-mailboxes";
}
