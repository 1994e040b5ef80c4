using Etiquette.Core.Engine;

namespace Etiquette.Core.Serialization;

/// <summary>The JSON body of a lint request, as clients send it; <see cref="Validate"/> turns it into a <see cref="LintRequest"/>.</summary>
public class LintRequestBody
{
    public string? Text { get; set; }
    public ConversationBody? Conversation { get; set; }
    public string? Profile { get; set; }
    public List<string>? Suppress { get; set; }

    /// <summary>Checks the body and names the first field that is wrong.</summary>
    public LintRequest Validate(int maxTextLength = int.MaxValue)
    {
        if (Text is null) throw new RequestValidationException("text", "text is required and must be a string.");
        if (Text.Length > maxTextLength)
            throw new RequestValidationException("text", $"text has {Text.Length} characters; the limit is {maxTextLength}.");
        if (Suppress is not null && Suppress.Any(id => id is null))
            throw new RequestValidationException("suppress", "suppress must be a list of rule ids.");
        return new LintRequest(Text, Conversation?.Validate(), Profile, Suppress);
    }
}

public sealed class ConversationBody
{
    public List<MessageBody>? Messages { get; set; }
    public string? CustomerName { get; set; }

    public Conversation Validate()
    {
        var messages = new List<ChatMessage>();
        for (var i = 0; i < (Messages?.Count ?? 0); i++)
        {
            var message = Messages![i] ?? throw new RequestValidationException($"conversation.messages[{i}]", $"conversation.messages[{i}] must be an object.");
            if (message.Text is null)
                throw new RequestValidationException($"conversation.messages[{i}].text", $"conversation.messages[{i}].text is required.");
            var role = message.Role?.ToLowerInvariant() switch
            {
                "customer" => ChatRole.Customer,
                "agent" => ChatRole.Agent,
                _ => throw new RequestValidationException($"conversation.messages[{i}].role", $"conversation.messages[{i}].role must be 'customer' or 'agent'."),
            };
            messages.Add(new ChatMessage(role, message.Text));
        }

        return new Conversation(messages, CustomerName);
    }
}

public sealed class MessageBody
{
    public string? Role { get; set; }
    public string? Text { get; set; }
}

/// <summary>A request field that is missing or wrong; <see cref="Field"/> names it as the JSON does.</summary>
public sealed class RequestValidationException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
