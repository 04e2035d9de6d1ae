using CrossBorder.Domain.Inventory;

namespace CrossBorder.Domain.Serialization;

/// <summary>The JSON model of a <see cref="PlanFigure"/>: a planning figure with its rule and calculation.</summary>
/// <param name="Name">What the figure is.</param>
/// <param name="Value">The value.</param>
/// <param name="Unit">The unit.</param>
/// <param name="Rule">The rule or formula.</param>
/// <param name="Calculation">The calculation with the inputs filled in.</param>
public sealed record PlanFigureJson(string Name, decimal Value, string Unit, string Rule, string Calculation)
{
    /// <summary>The model of <paramref name="figure"/>.</summary>
    /// <param name="figure">The figure.</param>
    /// <returns>The model.</returns>
    public static PlanFigureJson From(PlanFigure figure)
    {
        Internal.Preconditions.CheckNotNull(figure, nameof(figure));
        return new PlanFigureJson(figure.Name, figure.Value, figure.Unit, figure.Rule, figure.Calculation);
    }
}
