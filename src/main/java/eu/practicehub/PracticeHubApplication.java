package eu.practicehub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PracticeHubApplication {

    public static void main(String[] args) {
        SpringApplication.run(PracticeHubApplication.class, args);
    }
}
