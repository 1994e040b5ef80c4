using System.Buffers;
using System.Text.RegularExpressions;
using Etiquette.Core.Diagnostics;
using Etiquette.Core.Engine;
using Etiquette.Core.Lexicons;
using Etiquette.Core.Text;
using Etiquette.Rules.DataProtection;

namespace Etiquette.Rules.Analyzers;

/// <summary>
/// Data protection (ETQ401–ETQ406): card numbers, bank details, national identifiers, contact data and secrets pasted
/// into a reply, and requests for a customer's credentials. Regexes only find candidates; the code beside them validates.
/// </summary>
public static partial class DataProtectionAnalyzers
{
    public static readonly DiagnosticDescriptor PaymentCardRule = new(
        "ETQ401", "Payment card number", "This {0} card number must never be sent in chat; mask it",
        Categories.DataProtection, DiagnosticSeverity.Error,
        "A Luhn-valid number in a card issuer's range exposes the customer to fraud and breaks PCI DSS wherever the chat is stored.");

    public static readonly DiagnosticDescriptor BankDetailsRule = new(
        "ETQ402", "Bank details", "This {0} is bank data that must not be sent in chat; mask it",
        Categories.DataProtection, DiagnosticSeverity.Error,
        "IBANs (mod-97 checked) and UK sort codes with their account numbers let anyone reading the chat target the account. "
        + "Six digits count as a sort code only beside the words 'sort code' or an eight-digit account number, so dates stay quiet.");

    public static readonly DiagnosticDescriptor NationalIdentifierRule = new(
        "ETQ403", "National identifier", "This {0} identifies a person for life and must not be sent in chat; mask it",
        Categories.DataProtection, DiagnosticSeverity.Error,
        "UK National Insurance numbers and US Social Security numbers are keys to identity theft. "
        + "Nine bare digits count as an SSN only beside the words 'SSN' or 'social security'.");

    public static readonly DiagnosticDescriptor CredentialRequestRule = new(
        "ETQ404", "Asking for a credential", "Asking for '{0}' in chat breaks data-protection rules; direct the customer to the secure page instead",
        Categories.DataProtection, DiagnosticSeverity.Error,
        "No agent may ask for a password, PIN, card security code, one-time code or memorable word; customers learn to refuse, "
        + "and fraudsters imitate agents who do ask. Safety advice ('never share your PIN') is not a request.");

    public static readonly DiagnosticDescriptor ContactDataRule = new(
        "ETQ405", "Personal contact data", "This {0} is personal data that should not be pasted into a reply; mask it",
        Categories.DataProtection, DiagnosticSeverity.Error,
        "A customer's own e-mail address or phone number does not belong in a message others may read. "
        + "Team mailboxes (support@, no-reply@ …) and business lines (0800, 03xx, toll-free) are not personal.");

    public static readonly DiagnosticDescriptor SecretRule = new(
        "ETQ406", "Secret or API key", "This {0} lets anyone who reads it act as its owner; mask it and have it revoked",
        Categories.DataProtection, DiagnosticSeverity.Error,
        "Live payment keys, cloud access keys, repository and chat tokens, JWTs, bearer tokens and private keys. "
        + "Stripe test keys (sk_test_) reach no real money or data, so they are not reported.");

    private const int MaxWordsBetweenRequestAndCredential = 4;
    private const string ImperativePack = "imperative";
    private const int ReferenceLabelReach = 3;

    /// <summary>
    /// Finds the data rules' findings together so that no characters are reported twice: secrets first (they hold
    /// anything), then IBANs, card numbers, national identifiers, sort codes and account numbers, then contact data.
    /// </summary>
    public sealed class SensitiveData : Analyzer
    {
        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            [PaymentCardRule, BankDetailsRule, NationalIdentifierRule, ContactDataRule, SecretRule];

        public override void Analyze(AnalysisContext context)
        {
            var scan = new Scan(context);
            FindSecrets(ref scan);
            if (context.Draft.Text.AsSpan().ContainsAnyInRange('0', '9'))
            {
                FindIbans(ref scan);
                FindCards(ref scan);
                FindNationalIdentifiers(ref scan);
                FindBankAccounts(ref scan);
                FindPhoneNumbers(ref scan);
            }

            FindEmails(ref scan);
        }
    }

    public sealed class CredentialRequest : Analyzer
    {
        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [CredentialRequestRule];

        public override void Analyze(AnalysisContext context)
        {
            var draft = context.Draft;
            var reportedEnd = 0;
            foreach (var credential in context.Lexicon(LexiconNames.Credentials).Matches(draft))
            {
                var sentence = draft.Sentences[draft.SentenceIndexOf(credential.FirstToken)];
                if (RequestFor(context, sentence, credential) is not { } request || request.Span.Start < reportedEnd) continue;
                if (IsSafetyAdvice(context, sentence, credential)) continue;
                var span = TextSpan.FromBounds(request.Span.Start, credential.Span.End);
                context.Report(CredentialRequestRule, span, [draft.Slice(credential.Span.Start, credential.Span.Length).ToString()]);
                reportedEnd = span.End;
            }
        }

        /// <summary>
        /// The nearest request ("send me", "what's your", "I'll need your") a few words before the credential in its
        /// sentence, with no word between that makes the sentence about the credential ("tell me about your PIN").
        /// </summary>
        private static LexiconMatch? RequestFor(AnalysisContext context, Sentence sentence, LexiconMatch credential)
        {
            var draft = context.Draft;
            LexiconMatch? nearest = null;
            foreach (var request in context.Lexicon(LexiconNames.CredentialRequests).Matches(draft, sentence))
            {
                if (request.FirstToken + request.TokenCount > credential.FirstToken) break;
                if (request.Entry.Pack != ImperativePack || OpensClause(draft, sentence, request.FirstToken)) nearest = request;
            }

            if (nearest is not { } found) return null;
            var topics = context.Lexicon(LexiconNames.CredentialTopics);
            var words = 0;
            for (var i = found.FirstToken + found.TokenCount; i < credential.FirstToken; i++)
            {
                var token = draft.Tokens[i];
                if (!token.IsWordLike) continue;
                if (++words > MaxWordsBetweenRequestAndCredential || topics.ContainsWord(draft[token])) return null;
            }

            return found;
        }

        /// <summary>A bare verb is a request only as an imperative: first in its sentence, or after a comma, dash or emoji.</summary>
        private static bool OpensClause(DraftText draft, Sentence sentence, int tokenIndex)
        {
            if (tokenIndex == sentence.FirstToken) return true;
            var previous = draft.Tokens[tokenIndex - 1];
            return previous.Kind is TokenKind.Emoji or TokenKind.Emoticon
                   || previous.Kind == TokenKind.Punctuation && draft[previous] is "," or ";" or ":" or "-" or "–" or "—";
        }

        /// <summary>"Never share your PIN", "don't tell anyone your code": a warning before the credential, not a request.</summary>
        private static bool IsSafetyAdvice(AnalysisContext context, Sentence sentence, LexiconMatch credential)
        {
            // Matches come in order, so the first one is the earliest.
            foreach (var advice in context.Lexicon(LexiconNames.CredentialSafety).Matches(context.Draft, sentence))
                return advice.FirstToken < credential.FirstToken;
            return false;
        }
    }

    /// <summary>Every secret shape starts with one of these; one vectorised search spares most drafts the regex.</summary>
    private static readonly SearchValues<string> SecretMarkers = SearchValues.Create(
        ["_live_", "AKIA", "ASIA", "gho_", "ghp_", "ghr_", "ghs_", "ghu_", "github_pat_", "xox", "AIza", "eyJ", "Bearer", "bearer", "BEARER", "-----BEGIN"],
        StringComparison.Ordinal);

    private static void FindSecrets(ref Scan scan)
    {
        var text = scan.Draft.Text;
        if (!text.AsSpan().ContainsAny(SecretMarkers)) return;
        foreach (var match in SecretCandidates().EnumerateMatches(text))
        {
            var secret = text.AsSpan(match.Index, match.Length);
            if (SecretKind(secret, out var keptPrefix, out var keptSuffix) is not { } kind) continue;
            scan.Report(SecretRule, new TextSpan(match.Index, match.Length), kind, "Mask the secret",
                Masking.MaskAllButLastFour(secret, keptPrefix, keptSuffix));
        }
    }

    /// <summary>What the secret is and how much of it is a public prefix (and, for a PEM block, footer) to keep in the mask.</summary>
    private static string? SecretKind(ReadOnlySpan<char> secret, out int keptPrefix, out int keptSuffix)
    {
        keptSuffix = 0;
        if (secret.StartsWith(PemBegin))
        {
            keptPrefix = PemBegin.Length + secret[PemBegin.Length..].IndexOf(PemDashes) + PemDashes.Length;
            var footer = secret.LastIndexOf(PemEnd);
            keptSuffix = footer < 0 ? 0 : secret.Length - footer;
            return "private key";
        }

        (keptPrefix, var kind) = secret switch
        {
            _ when secret.StartsWith("sk_live_") || secret.StartsWith("rk_live_") => ("sk_live_".Length, "Stripe live key"),
            _ when secret.StartsWith("github_pat_") => ("github_pat_".Length, "GitHub token"),
            _ when secret.StartsWith("gh") => ("ghp_".Length, "GitHub token"),
            _ when secret.StartsWith("xox") => ("xoxb-".Length, "Slack token"),
            _ when secret.StartsWith("AIza") => ("AIza".Length, "Google API key"),
            _ when secret.StartsWith("AKIA") || secret.StartsWith("ASIA") => ("AKIA".Length, "AWS access key ID"),
            _ when secret.StartsWith("eyJ") => ("eyJ".Length, "JSON Web Token"),
            _ => (BearerTokenStart(secret), "bearer token"),
        };
        return keptPrefix >= 0 ? kind : null;
    }

    private const string PemBegin = "-----BEGIN";
    private const string PemEnd = "-----END";
    private const string PemDashes = "-----";

    /// <summary>Where the token after "Bearer " starts; -1 unless it mixes letters and digits as tokens do and prose does not.</summary>
    private static int BearerTokenStart(ReadOnlySpan<char> secret)
    {
        var start = "Bearer".Length;
        while (secret[start] == ' ') start++;
        var token = secret[start..];
        return token.ContainsAnyInRange('0', '9') && (token.ContainsAnyInRange('a', 'z') || token.ContainsAnyInRange('A', 'Z')) ? start : -1;
    }

    private static void FindIbans(ref Scan scan)
    {
        var draft = scan.Draft;
        var text = draft.Text;
        Span<char> compact = stackalloc char[Iban.MaximumLength];
        foreach (var token in draft.Tokens)
        {
            if (!MayStartIban(draft[token]) || !TryMatchAt(IbanAt(), text, token.Start, out var match)) continue;
            var candidate = text.AsSpan(match.Index, match.Length);
            var length = Iban.LengthFor(candidate[..2]);
            var end = length == 0 ? -1 : TakeAlphanumerics(candidate, length, compact);
            if (end < 0 || !Iban.IsValid(compact[..length])) continue;
            var span = new TextSpan(match.Index, end);
            if (scan.IsTaken(span)) continue;
            scan.Report(BankDetailsRule, span, "IBAN", "Mask the IBAN", Masking.MaskAllButLastFour(candidate[..end]));
        }
    }

    /// <summary>"GB82" or "GB82WEST1234…": two letters and the two check digits open the token.</summary>
    private static bool MayStartIban(ReadOnlySpan<char> word) =>
        word.Length >= 4 && char.IsAsciiLetter(word[0]) && char.IsAsciiLetter(word[1]) && char.IsAsciiDigit(word[2]) && char.IsAsciiDigit(word[3]);

    /// <summary>
    /// Copies the first <paramref name="count"/> letters and digits into <paramref name="compact"/> and returns how much of
    /// <paramref name="candidate"/> they took, or -1 when the candidate is shorter or goes on inside the same group.
    /// A country's fixed length thus cuts off whatever word followed the IBAN.
    /// </summary>
    private static int TakeAlphanumerics(ReadOnlySpan<char> candidate, int count, Span<char> compact)
    {
        var taken = 0;
        for (var i = 0; i < candidate.Length; i++)
        {
            if (!char.IsAsciiLetterOrDigit(candidate[i])) continue;
            compact[taken++] = candidate[i];
            if (taken == count) return i + 1 == candidate.Length || candidate[i + 1] == ' ' ? i + 1 : -1;
        }

        return -1;
    }

    private static void FindCards(ref Scan scan)
    {
        var text = scan.Draft.Text;
        Span<char> digits = stackalloc char[PaymentCards.MaximumDigits];
        foreach (var match in DigitGroupRuns().EnumerateMatches(text))
        {
            var run = text.AsSpan(match.Index, match.Length);
            for (var start = 0; start < run.Length; start = NextGroup(run, start))
            {
                if (CardLength(run[start..], digits, out var issuer) is var length and > 0
                    && !scan.IsTaken(new TextSpan(match.Index + start, length)))
                {
                    scan.Report(PaymentCardRule, new TextSpan(match.Index + start, length), issuer!, "Mask the card number",
                        Masking.MaskAllButLastFour(run.Slice(start, length)));
                    start += length; // NextGroup then steps over the separator after the card

                }
            }
        }
    }

    /// <summary>
    /// The length of the longest card number at the start of <paramref name="run"/>: 13–19 digits, ungrouped or in groups of
    /// three to six with one kind of separator, Luhn-valid and in an issuer's range; 0 when there is none.
    /// </summary>
    private static int CardLength(ReadOnlySpan<char> run, Span<char> digits, out string? issuer)
    {
        issuer = null;
        var best = 0;
        var count = 0;
        var groups = 1;
        var groupLength = 0;
        var oddGroup = false;
        var separator = '\0';
        for (var i = 0; i < run.Length; i++)
        {
            var c = run[i];
            if (!char.IsAsciiDigit(c))
            {
                if (separator != '\0' && c != separator) break;
                separator = c;
                groups++;
                groupLength = 0;
                continue;
            }

            if (count == PaymentCards.MaximumDigits) break;
            digits[count++] = c;
            groupLength++;
            if (i + 1 < run.Length && char.IsAsciiDigit(run[i + 1])) continue;
            oddGroup |= groupLength is < 3 or > 6;
            if (count < PaymentCards.MinimumDigits || groups > 1 && oddGroup) continue;
            if (PaymentCards.PassesLuhn(digits[..count]) && PaymentCards.IssuerOf(digits[..count]) is { } found)
            {
                best = i + 1;
                issuer = found;
            }
        }

        return best;
    }

    private static int NextGroup(ReadOnlySpan<char> run, int start)
    {
        var separator = run[start..].IndexOfAnyExceptInRange('0', '9');
        return separator < 0 ? run.Length : start + separator + 1;
    }

    /// <summary>"AB123456C" is one token; "AB 12 34 56 C" starts with a two-letter token followed by a number.</summary>
    private static bool MayStartNationalInsuranceNumber(DraftText draft, int index)
    {
        var token = draft.Tokens[index];
        var word = draft[token];
        if (token.Kind != TokenKind.Word || word.Length < 2 || !char.IsAsciiLetter(word[0]) || !char.IsAsciiLetter(word[1])) return false;
        return word.Length > 2
            ? char.IsAsciiDigit(word[2])
            : index + 1 < draft.Tokens.Length && draft.Tokens[index + 1].Kind == TokenKind.Number;
    }

    /// <summary>The match of a <c>\G</c>-anchored regex that starts exactly at <paramref name="start"/>, if any.</summary>
    private static bool TryMatchAt(Regex anchored, string text, int start, out ValueMatch match)
    {
        foreach (var found in anchored.EnumerateMatches(text, start))
        {
            match = found;
            return true;
        }

        match = default;
        return false;
    }

    private static void FindNationalIdentifiers(ref Scan scan)
    {
        var draft = scan.Draft;
        var text = draft.Text;
        Span<char> compact = stackalloc char[9];
        for (var i = 0; i < draft.Tokens.Length; i++)
        {
            if (!MayStartNationalInsuranceNumber(draft, i) || !TryMatchAt(NationalInsuranceAt(), text, draft.Tokens[i].Start, out var match)) continue;
            var candidate = text.AsSpan(match.Index, match.Length);
            if (TakeAlphanumerics(candidate, 9, compact) < 0 || !NationalIdentifiers.IsNationalInsuranceNumber(compact)) continue;
            var span = new TextSpan(match.Index, match.Length);
            if (!scan.IsTaken(span))
                scan.Report(NationalIdentifierRule, span, "National Insurance number", "Mask the National Insurance number", Masking.MaskAllButLastFour(candidate));
        }

        foreach (var match in SocialSecurityCandidates().EnumerateMatches(text))
        {
            var candidate = text.AsSpan(match.Index, match.Length);
            if (TakeAlphanumerics(candidate, 9, compact) < 0 || !NationalIdentifiers.IsSocialSecurityNumber(compact)) continue;
            var span = new TextSpan(match.Index, match.Length);
            if (scan.IsTaken(span)) continue;
            if (!candidate.Contains('-') && !scan.Context.Lexicon(LexiconNames.SsnCues).Any(scan.Draft, SentenceAt(scan.Draft, match.Index))) continue;
            scan.Report(NationalIdentifierRule, span, "Social Security number", "Mask the Social Security number", Masking.MaskAllButLastFour(candidate));
        }
    }

    /// <summary>
    /// A sort code needs context, or every date written 12-03-24 would fire: the words "sort code" in its sentence, or an
    /// eight-digit account number in the draft, which is then reported too.
    /// </summary>
    private static void FindBankAccounts(ref Scan scan)
    {
        var text = scan.Draft.Text;
        var hasAccountNumber = false;
        foreach (var match in AccountNumberCandidates().EnumerateMatches(text))
        {
            if (!IsAccountNumber(scan, match)) continue;
            hasAccountNumber = true;
            break;
        }

        var cues = scan.Context.Lexicon(LexiconNames.SortCodeCues);
        var foundSortCode = false;
        foreach (var match in SortCodeCandidates().EnumerateMatches(text))
        {
            var span = new TextSpan(match.Index, match.Length);
            if (scan.IsTaken(span) || !hasAccountNumber && !cues.Any(scan.Draft, SentenceAt(scan.Draft, match.Index))) continue;
            scan.Report(BankDetailsRule, span, "sort code", "Mask the sort code", Masking.MaskAllButLastFour(text.AsSpan(match.Index, match.Length)));
            foundSortCode = true;
        }

        if (!foundSortCode) return;
        foreach (var match in AccountNumberCandidates().EnumerateMatches(text))
        {
            if (IsAccountNumber(scan, match))
                scan.Report(BankDetailsRule, new TextSpan(match.Index, match.Length), "account number", "Mask the account number",
                    Masking.MaskAllButLastFour(text.AsSpan(match.Index, match.Length)));
        }
    }

    private static bool IsAccountNumber(in Scan scan, ValueMatch match) =>
        !scan.IsTaken(new TextSpan(match.Index, match.Length)) && !IsLabelledReference(scan.Context, match.Index);

    private static void FindPhoneNumbers(ref Scan scan)
    {
        var text = scan.Draft.Text;
        foreach (var match in PhoneCandidates().EnumerateMatches(text))
        {
            var candidate = text.AsSpan(match.Index, match.Length);
            var length = PersonalPhoneLength(candidate);
            if (length == 0) continue;
            var span = new TextSpan(match.Index, length);
            if (scan.IsTaken(span) || IsLabelledReference(scan.Context, match.Index)) continue;
            scan.Report(ContactDataRule, span, "phone number", "Mask the phone number", Masking.MaskAllButLastFour(candidate[..length]));
        }
    }

    /// <summary>The longest run of whole digit groups from the start that is a personal number; what follows may be a count or another number.</summary>
    private static int PersonalPhoneLength(ReadOnlySpan<char> candidate)
    {
        for (var end = candidate.Length; end > 0; end--)
        {
            var endsGroup = char.IsAsciiDigit(candidate[end - 1]) && (end == candidate.Length || !char.IsAsciiDigit(candidate[end]));
            if (endsGroup && PhoneNumbers.IsPersonal(candidate[..end])) return end;
        }

        return 0;
    }

    private static void FindEmails(ref Scan scan)
    {
        var draft = scan.Draft;
        var roles = scan.Context.Lexicon(LexiconNames.RoleMailboxes);
        foreach (var token in draft.Tokens)
        {
            if (token.Kind != TokenKind.Email) continue;
            var address = draft[token];
            var mailbox = address[..address.IndexOf('@')];
            var firstPart = mailbox.IndexOfAny('.', '_', '+') is var cut and > 0 ? mailbox[..cut] : mailbox;
            if (roles.ContainsWord(mailbox) || roles.ContainsWord(firstPart) || scan.IsClaimed(token.Span)) continue;
            scan.Report(ContactDataRule, token.Span, "e-mail address", "Mask the e-mail address", Masking.MaskEmail(address));
        }
    }

    /// <summary>A number a few words after "order", "ref", "tracking" … is a reference the company issued, not personal data.</summary>
    private static bool IsLabelledReference(AnalysisContext context, int position)
    {
        var draft = context.Draft;
        var index = TokenIndexAt(draft, position);
        var sentence = draft.Sentences[draft.SentenceIndexOf(index)];
        var labels = context.Lexicon(LexiconNames.ReferenceLabels);
        var words = 0;
        for (var i = index - 1; i >= sentence.FirstToken && words < ReferenceLabelReach; i--)
        {
            var token = draft.Tokens[i];
            if (!token.IsWordLike) continue;
            if (labels.ContainsWord(draft[token])) return true;
            words++;
        }

        return false;
    }

    private static Sentence SentenceAt(DraftText draft, int position) => draft.Sentences[draft.SentenceIndexOf(TokenIndexAt(draft, position))];

    /// <summary>The index of the token that holds <paramref name="position"/> (or the last one before it).</summary>
    private static int TokenIndexAt(DraftText draft, int position)
    {
        var tokens = draft.Tokens;
        int low = 0, high = tokens.Length - 1, found = 0;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (tokens[middle].Start <= position)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }

    /// <summary>
    /// The findings of one lint so far. A span is claimed even when its rule is switched off, so that suppressing card
    /// numbers never turns them into phone numbers. Digits inside a link or an e-mail address count as taken: they are
    /// part of that address, not data of their own.
    /// </summary>
    private ref struct Scan(AnalysisContext context)
    {
        private List<TextSpan>? _claimed;

        public readonly AnalysisContext Context = context;
        public readonly DraftText Draft => Context.Draft;

        public readonly bool IsTaken(TextSpan span) => IsInsideLinkOrAddress(span.Start) || IsClaimed(span);

        public readonly bool IsClaimed(TextSpan span)
        {
            if (_claimed is null) return false;
            foreach (var claimed in _claimed)
                if (claimed.OverlapsWith(span)) return true;
            return false;
        }

        private readonly bool IsInsideLinkOrAddress(int position)
        {
            var token = Draft.Tokens[TokenIndexAt(Draft, position)];
            return token.Kind is TokenKind.Url or TokenKind.Email && token.Start <= position && position < token.End;
        }

        public void Report(DiagnosticDescriptor rule, TextSpan span, string kind, string fixTitle, string masked)
        {
            (_claimed ??= []).Add(span);
            Context.Report(rule, span, [kind], new Fix(fixTitle, TextEdit.Replace(span, masked)));
        }
    }

    [GeneratedRegex(
        """
        (?<![A-Za-z0-9_])(?:
            [sr]k_live_[A-Za-z0-9]{24,}
          | A[KS]IA[A-Z0-9]{16}(?![A-Za-z0-9])
          | gh[opsur]_[A-Za-z0-9]{36}(?![A-Za-z0-9])
          | github_pat_[A-Za-z0-9_]{36,}
          | xox[abprs]-[A-Za-z0-9-]*[A-Za-z0-9]
          | AIza[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])
          | eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}
          | (?:Bearer|bearer|BEARER)\x20+[A-Za-z0-9._~+/-]{19,}[A-Za-z0-9_~+/-]=*
          | -----BEGIN[A-Z\x20]*PRIVATE\x20KEY-----(?:\s*[A-Za-z0-9+/=]{16,})+(?:\s*-----END[A-Z\x20]*PRIVATE\x20KEY-----)?
        )
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex SecretCandidates();

    /// <summary>
    /// Country, check digits, then the BBAN written compact or in groups of four; the country's length is cut in code.
    /// Anchored (<c>\G</c>) and tried only where a token may start one, as a scan from every letter costs microseconds.
    /// </summary>
    [GeneratedRegex(
        @"\G(?<![\p{L}\p{N}_])[A-Z]{2}[0-9]{2}(?:[A-Z0-9]{11,30}|(?:\x20[A-Z0-9]{4}){2,7}(?:\x20[A-Z0-9]{1,4})?)(?![\p{L}\p{N}_])",
        RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex IbanAt();

    /// <summary>Digits in groups joined by single spaces or dashes, not glued to letters, a decimal point, a leading '+' or a path's '/'.</summary>
    [GeneratedRegex(
        @"(?<![\p{L}\p{N}_+/]|[\p{L}\p{N}][.,-])(?>[0-9]+(?:[\x20-][0-9]+)*)(?![\p{L}\p{N}_]|[.,][0-9])",
        RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex DigitGroupRuns();

    [GeneratedRegex(
        @"\G(?<![\p{L}\p{N}_])[A-Z]{2}\x20?[0-9]{2}\x20?[0-9]{2}\x20?[0-9]{2}\x20?[A-D](?![\p{L}\p{N}_])",
        RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex NationalInsuranceAt();

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}_/]|[0-9]-)[0-9]{3}(?<separator>-?)[0-9]{2}\k<separator>[0-9]{4}(?![\p{L}\p{N}_]|-[0-9])",
        RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex SocialSecurityCandidates();

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}_/]|[0-9][-./:,\x20])[0-9]{2}(?<separator>[\x20-]?)[0-9]{2}\k<separator>[0-9]{2}(?![\p{L}\p{N}_]|[-./:,][0-9]|\k<separator>[0-9])",
        RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex SortCodeCandidates();

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}_/]|[0-9][-./:,])[0-9]{8}(?![\p{L}\p{N}_]|[-./:,][0-9])",
        RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex AccountNumberCandidates();

    /// <summary>An optional "+CC", an optional "(0)" or "(area)", then digit groups joined by single spaces, dots or dashes.</summary>
    [GeneratedRegex(
        @"(?<![\p{L}\p{N}_+/]|[\p{L}\p{N}][.,/:-])(?>(?:\+[0-9]{1,3}[\x20.-]?)?(?:\([0-9]{1,5}\)[\x20.-]?)?[0-9]{1,11}(?:[\x20.-][0-9]{1,11}){0,5})(?![\p{L}\p{N}_]|[.,][0-9])",
        RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex PhoneCandidates();
}
