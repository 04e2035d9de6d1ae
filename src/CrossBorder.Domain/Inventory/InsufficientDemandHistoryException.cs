using System;

namespace CrossBorder.Domain.Inventory;

/// <summary>
/// A demand history cannot support the requested figure: every day in the window was a stock-out day, or a seasonality index needs more
/// years than the history holds. Derives from <see cref="ArgumentException"/>; <see cref="ArgumentException.ParamName"/> names the argument.
/// </summary>
public sealed class InsufficientDemandHistoryException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public InsufficientDemandHistoryException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is missing and how to fix it.</param>
    public InsufficientDemandHistoryException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">What is missing and how to fix it.</param>
    /// <param name="innerException">The cause.</param>
    public InsufficientDemandHistoryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception naming the argument.</summary>
    /// <param name="message">What is missing and how to fix it.</param>
    /// <param name="paramName">The argument.</param>
    public InsufficientDemandHistoryException(string message, string paramName)
        : base(message, paramName)
    {
    }
}
