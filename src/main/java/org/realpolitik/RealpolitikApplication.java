package org.realpolitik;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring application behind every command. */
@SpringBootApplication
public class RealpolitikApplication {

}
