namespace QommerceHub.Payments.Model;

/// <summary>What a simulated charge on a card does.</summary>
/// <param name="DeclineCode">Stripe's decline code, null when the charge succeeds.</param>
public sealed record CardOutcome(bool Succeeds, string? DeclineCode, string Message);

/// <summary>
/// Stripe's documented test card numbers, so the simulated checkout behaves like Stripe's test mode.
/// Any other number is refused: the simulated provider never sees a real card.
/// </summary>
public static class TestCards
{
    private static readonly Dictionary<string, CardOutcome> outcomes = new()
    {
        ["4242424242424242"] = new(true, null, "The payment succeeded"),
        ["5555555555554444"] = new(true, null, "The payment succeeded"),
        ["4000000000000002"] = new(false, "generic_decline", "Your card was declined."),
        ["4000000000009995"] = new(false, "insufficient_funds", "Your card has insufficient funds."),
        ["4000000000009987"] = new(false, "lost_card", "Your card was declined."),
        ["4000000000000069"] = new(false, "expired_card", "Your card has expired."),
        ["4000000000000127"] = new(false, "incorrect_cvc", "Your card's security code is incorrect."),
    };

    /// <summary>The outcome for a number (spaces and dashes ignored), or null when it is not a test card.</summary>
    public static CardOutcome? Outcome(string? cardNumber)
    {
        if (cardNumber is null) return null;
        var digits = new string(cardNumber.Where(c => c is not (' ' or '-')).ToArray());
        return outcomes.GetValueOrDefault(digits);
    }
}
