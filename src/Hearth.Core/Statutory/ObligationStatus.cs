namespace Hearth.Core.Statutory;

public enum ObligationStatus
{
    /// <summary>Not yet met and not yet past its due date.</summary>
    Open,

    /// <summary>Not met and past its due date.</summary>
    Overdue,

    MetOnTime,

    MetLate,

    /// <summary>
    /// The duty ended (a stop event, or the clock restarting) after the due date without being met:
    /// it was breached and can no longer be met, so it is neither in anyone's tray nor lost from the figures.
    /// </summary>
    Missed,
}
