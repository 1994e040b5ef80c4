namespace Etiquette.Core.Engine;

public enum ChatRole
{
    Customer,
    Agent,
}

public sealed record ChatMessage(ChatRole Role, string Text);

/// <summary>The chat so far (oldest first), without the draft being linted.</summary>
public sealed record Conversation(IReadOnlyList<ChatMessage> Messages, string? CustomerName = null)
{
    public static readonly Conversation None = new([]);

    /// <summary>The agent's latest message, or null before the agent has written.</summary>
    public ChatMessage? LastAgentMessage
    {
        get
        {
            for (var i = Messages.Count - 1; i >= 0; i--)
                if (Messages[i].Role == ChatRole.Agent) return Messages[i];
            return null;
        }
    }

    public IEnumerable<ChatMessage> AgentMessages => Messages.Where(m => m.Role == ChatRole.Agent);

    /// <summary>True when the agent has not written anything yet: the draft is the first reply.</summary>
    public bool IsFirstAgentReply => Messages.Count > 0 && !AgentMessages.Any();

    /// <summary>The name to greet the customer by: the first word of the known name.</summary>
    public string? CustomerFirstName =>
        string.IsNullOrWhiteSpace(CustomerName) ? null : CustomerName.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
}
