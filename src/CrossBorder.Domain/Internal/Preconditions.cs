using System;
using System.Collections.Generic;
using System.Globalization;

namespace CrossBorder.Domain.Internal;

/// <summary>
/// The one place where public entry points check their arguments, so that every message has the same wording:
/// which argument, what it was, and what is allowed.
/// </summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>(T? argument, string paramName)
        where T : class
    {
        if (argument is null)
        {
            throw new ArgumentNullException(paramName, $"{paramName} must not be null.");
        }

        return argument;
    }

    internal static string CheckNotNullOrWhiteSpace(string? argument, string paramName)
    {
        if (argument is null)
        {
            throw new ArgumentNullException(paramName, $"{paramName} must not be null.");
        }

        if (argument.Trim().Length == 0)
        {
            throw new ArgumentException($"{paramName} was {Quote(argument)}; it must not be empty or white space.", paramName);
        }

        return argument;
    }

    internal static decimal CheckPositive(decimal value, string paramName)
    {
        if (value <= 0m)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} was {Format(value)}; it must be greater than zero.");
        }

        return value;
    }

    internal static decimal CheckNonNegative(decimal value, string paramName)
    {
        if (value < 0m)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} was {Format(value)}; it must be zero or greater.");
        }

        return value;
    }

    internal static int CheckPositive(int value, string paramName)
    {
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} was {value.ToString(CultureInfo.InvariantCulture)}; it must be greater than zero.");
        }

        return value;
    }

    internal static int CheckNonNegative(int value, string paramName)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} was {value.ToString(CultureInfo.InvariantCulture)}; it must be zero or greater.");
        }

        return value;
    }

    internal static int CheckInRange(int value, string paramName, int minInclusive, int maxInclusive)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                $"{paramName} was {value.ToString(CultureInfo.InvariantCulture)}; it must be in the range [{minInclusive.ToString(CultureInfo.InvariantCulture)}, {maxInclusive.ToString(CultureInfo.InvariantCulture)}].");
        }

        return value;
    }

    internal static decimal CheckInRange(decimal value, string paramName, decimal minInclusive, decimal maxInclusive)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                $"{paramName} was {Format(value)}; it must be in the range [{Format(minInclusive)}, {Format(maxInclusive)}].");
        }

        return value;
    }

    internal static void CheckNotEmpty<T>(IReadOnlyCollection<T> collection, string paramName)
    {
        CheckNotNull(collection, paramName);
        if (collection.Count == 0)
        {
            throw new ArgumentException($"{paramName} must contain at least one element; it was empty.", paramName);
        }
    }

    internal static void CheckArgument(bool condition, string paramName, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    internal static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string Quote(string? value) => value is null ? "null" : "'" + value + "'";
}
