package eu.practicehub.account;

/** Why a one-time link was made: to let an invited person choose a first password, or to reset a forgotten one. */
public enum LinkPurpose {
    INVITATION,
    RESET
}
