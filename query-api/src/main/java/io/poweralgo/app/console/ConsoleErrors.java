package io.poweralgo.app.console;

import io.poweralgo.api.rejection.InvalidValueException;
import io.poweralgo.app.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A page asked for something that does not exist, or with a malformed parameter: an error page, no stack trace. */
@ControllerAdvice(assignableTypes = {RegulatorConsoleController.class, AdminConsoleController.class,
        OnboardingController.class, CsvExports.class})
class ConsoleErrors {

    private static final Logger log = LoggerFactory.getLogger(ConsoleErrors.class);

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException e, Model model) {
        log.info("page not found reason=\"{}\"", e.getMessage());
        model.addAttribute("title", "Not found");
        model.addAttribute("message", e.getMessage());
        return "problem";
    }

    @ExceptionHandler(InvalidValueException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalid(InvalidValueException e, Model model) {
        log.info("page refused code=INVALID_REQUEST reason=\"{}\"", e.getMessage());
        model.addAttribute("title", "Invalid request");
        model.addAttribute("message", e.getMessage());
        return "problem";
    }
}
