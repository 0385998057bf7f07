package eu.practicehub.web;

/** The form that creates a personal access token: its name. */
public class TokenForm {

    private String tokenName;

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }
}
