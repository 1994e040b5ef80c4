using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.Json;
using Etiquette.Core.Engine;
using Etiquette.Core.Profiles;
using Etiquette.Core.Serialization;

namespace Etiquette.Cli.Input;

/// <summary>A draft to check and where it came from: <see cref="ArtifactUri"/> names it in SARIF.</summary>
internal sealed record Draft(string Text, string ArtifactUri);

/// <summary>What <c>lint</c> and <c>fix</c> check: the request, the profile it runs under, and the draft's source.</summary>
internal sealed record DraftRequest(LintRequest Request, Profile Profile, Draft Draft);

/// <summary>
/// The inputs <c>lint</c> and <c>fix</c> share: the draft (text, <c>--file</c> or standard input), the conversation so far,
/// the profile and the rules to leave out.
/// </summary>
internal sealed class DraftOptions
{
    public const string TextUri = "draft";
    public const string StdinUri = "stdin";

    public Argument<string?> Text { get; } = new("text")
    {
        Arity = ArgumentArity.ZeroOrOne,
        Description = "The draft reply. Without it, --file or standard input is read.",
    };

    public Option<string?> File { get; } = new("--file") { Description = "Read the draft from this file.", HelpName = "FILE" };

    public Option<string?> Conversation { get; } = new("--conversation")
    {
        Description = "JSON file with the chat so far: { \"messages\": [{ \"role\": \"customer\"|\"agent\", \"text\": \"…\" }], \"customerName\": \"…\" }.",
        HelpName = "FILE",
    };

    public Option<string?> Profile { get; } = new("--profile")
    {
        Description = "A profile name (default, formal, casual) or a JSON profile file.",
        HelpName = "NAME|FILE",
    };

    public Option<string[]> Suppress { get; } = new("--suppress")
    {
        Description = "Rule ids to leave out (several, or comma-separated).",
        HelpName = "ID",
        AllowMultipleArgumentsPerToken = true,
    };

    public DraftOptions() => Text.Validators.Add(RejectUnknownOption);

    public void AddTo(Command command)
    {
        command.Arguments.Add(Text);
        command.Options.Add(File);
        command.Options.Add(Conversation);
        command.Options.Add(Profile);
        command.Options.Add(Suppress);
    }

    /// <summary>An unknown option would otherwise be taken for the draft and linted.</summary>
    private static void RejectUnknownOption(ArgumentResult result)
    {
        if (result.Tokens is [{ Value: ['-', _, ..] value }])
            result.AddError($"Unrecognized option '{value}'. A draft that starts with '-' can come from --file or standard input.");
    }

    public DraftRequest Read(ParseResult parse, CliContext context)
    {
        var linter = context.Linter;
        var profile = Profiles.Resolve(linter, parse.GetValue(Profile));
        var suppress = RuleIds.Parse(parse.GetValue(Suppress), linter.Rules, "--suppress");
        var conversation = parse.GetValue(Conversation) is { } conversationFile ? ReadConversation(conversationFile).Validated : null;
        var draft = ReadDraft(parse, context);
        return new DraftRequest(new LintRequest(draft.Text, conversation, parse.GetValue(Profile), suppress), profile, draft);
    }

    /// <summary>The request body for a service (<c>--server</c>): profile and rule ids go as written, for its catalog to check.</summary>
    public (T Body, Draft Draft) ReadBody<T>(ParseResult parse, CliContext context) where T : LintRequestBody, new()
    {
        var suppress = RuleIds.Split(parse.GetValue(Suppress)).ToList();
        var conversation = parse.GetValue(Conversation) is { } conversationFile ? ReadConversation(conversationFile).Body : null;
        var draft = ReadDraft(parse, context);
        return (new T { Text = draft.Text, Conversation = conversation, Profile = parse.GetValue(Profile), Suppress = suppress.Count == 0 ? null : suppress }, draft);
    }

    private Draft ReadDraft(ParseResult parse, CliContext context)
    {
        var text = parse.GetValue(Text);
        var file = parse.GetValue(File);
        if (text is not null && file is not null) throw new UsageException("give the draft either as text or with --file, not both.");
        if (text is not null) return new Draft(text, TextUri);
        if (file is not null) return new Draft(Files.Read(file, "--file"), Files.ArtifactUri(file));
        if (context.Terminal.InputIsTerminal) throw new UsageException("give the draft as an argument, with --file, or on standard input.");
        return new Draft(context.In.ReadToEnd(), StdinUri);
    }

    private static (ConversationBody Body, Conversation Validated) ReadConversation(string path)
    {
        var json = Files.Read(path, "--conversation");
        ConversationBody? body;
        try
        {
            body = JsonSerializer.Deserialize(json, EtiquetteJsonContext.Default.ConversationBody);
        }
        catch (JsonException e)
        {
            throw new UsageException($"--conversation: '{path}' is not valid JSON: {e.Message}", e);
        }

        if (body is null) throw new UsageException($"--conversation: '{path}' must hold a JSON object.");
        try
        {
            return (body, body.Validate());
        }
        catch (RequestValidationException e)
        {
            throw new UsageException($"--conversation: {e.Message}", e);
        }
    }
}
