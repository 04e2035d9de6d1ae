namespace CrossBorder.Domain.Kpis;

/// <summary>An item of the morning checklist: the rule that fired, what it is about, how urgent it is, and why.</summary>
/// <remarks>Immutable.</remarks>
public sealed record Alert
{
    internal Alert(AlertRule rule, string subject, AlertSeverity severity, string explanation)
    {
        Rule = rule;
        Subject = subject;
        Severity = severity;
        Explanation = explanation;
    }

    /// <summary>The rule that fired.</summary>
    public AlertRule Rule { get; }

    /// <summary>What it is about: a group key ("amazon-de / MUG-01") or a marketplace's health metric.</summary>
    public string Subject { get; }

    /// <summary>How urgent.</summary>
    public AlertSeverity Severity { get; }

    /// <summary>Why, with the figures.</summary>
    public string Explanation { get; }

    /// <summary>"[Critical] subject: explanation".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "[" + Severity + "] " + Subject + ": " + Explanation;
}
