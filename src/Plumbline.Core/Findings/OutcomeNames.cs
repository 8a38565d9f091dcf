namespace Plumbline.Core.Findings;

/// <summary>Names of outcomes as people read them.</summary>
public static class OutcomeNames
{
    /// <summary>The label: "Pass", "Fail", "Not applicable", "Inconclusive", "Error".</summary>
    public static string Label(this Outcome outcome) => outcome switch
    {
        Outcome.Pass => "Pass",
        Outcome.Fail => "Fail",
        Outcome.NotApplicable => "Not applicable",
        Outcome.Inconclusive => "Inconclusive",
        _ => "Error",
    };
}
