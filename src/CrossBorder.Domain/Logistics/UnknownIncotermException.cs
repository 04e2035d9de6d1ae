using System;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Logistics;

/// <summary>Thrown when a text is not one of the eleven Incoterms 2020 rules.</summary>
public sealed class UnknownIncotermException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="value">The text that was given.</param>
    /// <param name="paramName">The argument that held it.</param>
    public UnknownIncotermException(string? value, string paramName)
        : base($"{Preconditions.Quote(value)} is not an Incoterms 2020 rule; use one of EXW, FCA, FAS, FOB, CFR, CIF, CPT, CIP, DAP, DPU, DDP (DAT became DPU in 2020; DDU is not an Incoterms rule, use DAP).", paramName)
    {
        Value = value;
    }

    /// <summary>The text that was given.</summary>
    public string? Value { get; }
}
