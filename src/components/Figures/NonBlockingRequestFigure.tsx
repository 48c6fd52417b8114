/**
 * Python AsyncIO, figure 2: after sending a request the main thread gets control
 * back and runs other work; the response notifies it when it is ready.
 */
import React, { type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import { Arrow, Box, FigureFrame, Label } from './parts';

const NAME = 'non-blocking-request';

export default function NonBlockingRequestFigure(): ReactNode {
  return (
    <FigureFrame
      name={NAME}
      width={640}
      height={236}
      label={translate({
        id: 'figure.nonBlockingRequest.label',
        message:
          'Diagram: the main thread sends a request and gets control back at once, so it runs other tasks while the request waits for the server; when the response arrives, the main thread is notified and handles it.',
        description: 'Screen-reader description of the request/response diagram',
      })}
      caption={translate({
        id: 'figure.nonBlockingRequest.caption',
        message:
          'Once an asynchronous program has sent a request, control goes back to the main thread; when the response is ready, the main thread is notified',
        description: 'Caption of the request/response diagram',
      })}
    >
      <Label x={12} y={72} anchor="start" strong>
        {translate({
          id: 'figure.nonBlockingRequest.main',
          message: 'Main thread',
          description: 'Upper lane',
        })}
      </Label>
      <Label x={12} y={172} anchor="start" strong>
        {translate({
          id: 'figure.nonBlockingRequest.network',
          message: 'Network (I/O)',
          description: 'Lower lane',
        })}
      </Label>
      <Label x={380} y={28} small>
        {translate({
          id: 'figure.nonBlockingRequest.handBack',
          message: 'control comes straight back: no waiting',
          description: 'Above the main thread lane, over "Run other tasks"',
        })}
      </Label>
      <Box
        x={140}
        y={50}
        width={112}
        height={44}
        title={translate({
          id: 'figure.nonBlockingRequest.send',
          message: 'Send request',
          description: 'First step on the main thread',
        })}
      />
      <Box
        x={282}
        y={50}
        width={196}
        height={44}
        active
        title={translate({
          id: 'figure.nonBlockingRequest.other',
          message: 'Run other tasks',
          description: 'What the main thread does while it waits',
        })}
      />
      <Box
        x={500}
        y={50}
        width={134}
        height={44}
        title={translate({
          id: 'figure.nonBlockingRequest.handle',
          message: 'Handle response',
          description: 'Last step on the main thread',
        })}
      />
      <Box
        x={180}
        y={150}
        width={370}
        height={44}
        dashed
        title={translate({
          id: 'figure.nonBlockingRequest.waiting',
          message: 'Waiting for the server',
          description: 'The request in flight',
        })}
      />
      <Arrow figure={NAME} d="M 200 94 L 200 148" />
      <Label x={208} y={121} anchor="start" small>
        {translate({
          id: 'figure.nonBlockingRequest.request',
          message: 'request',
          description: 'Arrow down',
        })}
      </Label>
      <Arrow figure={NAME} d="M 530 150 L 530 96" active />
      <Label x={522} y={121} anchor="end" small>
        {translate({
          id: 'figure.nonBlockingRequest.notify',
          message: 'response: notify',
          description: 'Arrow up from the network to the main thread',
        })}
      </Label>
      <Arrow figure={NAME} d="M 140 218 L 630 218" />
      <Label x={140} y={206} anchor="start" small>
        {translate({ id: 'figure.nonBlockingRequest.time', message: 'time', description: 'The time axis' })}
      </Label>
    </FigureFrame>
  );
}
