using Etiquette.Core.Engine;

namespace Etiquette.Benchmarks;

/// <summary>Representative agent drafts of the three sizes the targets speak of (60, 300 and 2,000 UTF-16 code units), each with a few findings.</summary>
public static class Drafts
{
    public const string Short = "Hi Sam, thx for waiting!! I'll check ur order asap for u 😊!";

    public const string Medium =
        "Hi Sam, thanks for waiting. Kindly be advised that your refund of £42.50 was issued on 12/03/2026 " +
        "and should reach your card within 3 working days. I see u asked about the router, pls restart it " +
        "and clear your cache. If it still fails, reply here and I'll get back to you soon!! Have a great day 😊😊";

    public static readonly string Long = string.Join(" ", Enumerable.Repeat(Medium, 7))[..2000];

    public static readonly Conversation Conversation = new(
    [
        new ChatMessage(ChatRole.Customer, "My refund still hasn't arrived and the router keeps dropping. This is ridiculous."),
        new ChatMessage(ChatRole.Agent, "Hello, thanks for getting in touch. Let me look into this for you."),
    ], "Sam Taylor");
}
